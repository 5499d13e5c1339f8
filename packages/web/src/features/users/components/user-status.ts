import type { UserView } from '@jalon/contract/users/user';

export type UserStatus = 'active' | 'inactive' | 'locked';

/** A lock ends by itself at `lockedUntil`; past that instant the account is usable again. */
export function isLocked(user: Pick<UserView, 'lockedUntil'>, now: Date = new Date()): boolean {
  return user.lockedUntil !== null && new Date(user.lockedUntil).getTime() > now.getTime();
}

export function userStatus(user: Pick<UserView, 'active' | 'lockedUntil'>, now: Date = new Date()): UserStatus {
  if (!user.active) return 'inactive';
  return isLocked(user, now) ? 'locked' : 'active';
}
