import type { User } from '../../../types/api.ts';

export type UserStatus = 'active' | 'inactive' | 'locked';

/** A lock ends by itself at `lockedUntil`; past that instant the account is usable again. */
export function isLocked(user: Pick<User, 'lockedUntil'>, now: Date = new Date()): boolean {
  return user.lockedUntil !== null && new Date(user.lockedUntil).getTime() > now.getTime();
}

export function userStatus(user: Pick<User, 'active' | 'lockedUntil'>, now: Date = new Date()): UserStatus {
  if (!user.active) return 'inactive';
  return isLocked(user, now) ? 'locked' : 'active';
}
