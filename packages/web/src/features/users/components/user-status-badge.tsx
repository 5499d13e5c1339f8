import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { UserView } from '@jalon/contract/users/user';
import { userStatus } from './user-status.ts';

/**
 * A badge's label may shrink to nothing (it is a grid item that hides its
 * overflow), so in a crowded table column it read "A." or "AC…". Its width is
 * that of its whole word instead: the column makes room, or the table scrolls.
 */
const WHOLE_WORD = { minWidth: 'max-content' } as const;

export function UserStatusBadge({ user }: { user: UserView }) {
  const { t } = useTranslation();
  const status = userStatus(user);
  switch (status) {
    case 'active':
      return (
        <Badge color="green" variant="dot" style={WHOLE_WORD}>
          {t('Actif')}
        </Badge>
      );
    case 'inactive':
      return (
        <Badge color="gray" variant="dot" style={WHOLE_WORD}>
          {t('Désactivé')}
        </Badge>
      );
    case 'locked':
      return (
        <Badge color="orange" variant="dot" style={WHOLE_WORD}>
          {t('Verrouillé')}
        </Badge>
      );
  }
}
