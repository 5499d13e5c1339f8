import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../types/api.ts';
import { userStatus } from './user-status.ts';

export function UserStatusBadge({ user }: { user: User }) {
  const { t } = useTranslation();
  const status = userStatus(user);
  switch (status) {
    case 'active':
      return <Badge color="green" variant="dot">{t('Actif')}</Badge>;
    case 'inactive':
      return <Badge color="gray" variant="dot">{t('Désactivé')}</Badge>;
    case 'locked':
      return <Badge color="orange" variant="dot">{t('Verrouillé')}</Badge>;
  }
}
