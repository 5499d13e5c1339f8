import { describe, expect, it } from 'vitest';
import { userStatus } from './user-status.ts';

const now = new Date('2026-03-01T10:00:00Z');

describe('userStatus', () => {
  it('puts deactivation before locking', () => {
    expect(userStatus({ active: false, lockedUntil: '2026-03-01T11:00:00Z' }, now)).toBe('inactive');
  });

  it('is locked only until the lock expires', () => {
    expect(userStatus({ active: true, lockedUntil: '2026-03-01T10:15:00Z' }, now)).toBe('locked');
    expect(userStatus({ active: true, lockedUntil: '2026-03-01T09:59:59Z' }, now)).toBe('active');
    expect(userStatus({ active: true, lockedUntil: null }, now)).toBe('active');
  });
});
