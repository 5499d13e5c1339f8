import { DomainError } from '@jalon/domain/errors';
import type { Db } from '../db/database.ts';
import { isPlatformAdmin, permissionsOf, type PersonActor } from '../access/actor.ts';
import { loadUserView } from './user-views.ts';
import type { Me } from '@jalon/contract/account/me';

export async function meView(db: Db, actor: Pick<PersonActor, 'kind' | 'userId' | 'grants'>): Promise<Me> {
  const user = await loadUserView(db, actor.userId, 'all');
  if (!user) throw new DomainError('UNAUTHENTICATED', 'Compte introuvable.');
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    locale: user.locale,
    isPlatformAdmin: isPlatformAdmin(actor),
    grants: user.grants,
    permissions: permissionsOf(actor),
  };
}
