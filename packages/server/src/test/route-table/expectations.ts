import { roleGrants, type Role } from '@jalon/domain/access/roles';
import type { AccessRule } from '../../http/access.ts';
import { within, type UnitKey } from './world.ts';

/**
 * Whose data a request reaches: anything the rule lets through ('any'), one
 * unit of the tree (reached by those whose grant covers it), or nobody's
 * scope but a platform admin's (for owner-only routes, nobody's at all).
 */
export type Target = { scope: 'any' } | { scope: 'unit'; unit: UnitKey } | { scope: 'nobody' };

export const ANY: Target = { scope: 'any' };
export const NOBODY: Target = { scope: 'nobody' };
export const at = (unit: UnitKey): Target => ({ scope: 'unit', unit });

/** One status, or any of several where a refusal's exact code is the fix's choice. */
export type Expectation = number | readonly number[];

export interface Caller {
  role: Role | null;
  via: 'session' | 'token' | 'anonymous';
  grantUnit: UnitKey | null;
}

/**
 * The answer the access rule and the caller's one grant call for:
 * 401 signed out, 403 without the rule's permission, 404 outside the
 * scope, `success` otherwise. Platform admins act everywhere.
 */
export function derivedStatus(rule: AccessRule, caller: Caller, target: Target, success: number): number {
  if (rule.kind === 'public') return success;
  if (caller.role === null) return 401;
  if (rule.kind === 'authenticated') return target.scope === 'nobody' ? 404 : success;
  if (!roleGrants(caller.role, rule.permission)) return 403;
  if (caller.role === 'platform-admin' || target.scope === 'any') return success;
  if (target.scope === 'nobody' || caller.grantUnit === null) return 404;
  return within(target.unit, caller.grantUnit) ? success : 404;
}

export function matches(expected: Expectation, status: number): boolean {
  return typeof expected === 'number' ? expected === status : expected.includes(status);
}

export function describeExpectation(expected: Expectation): string {
  return typeof expected === 'number' ? String(expected) : expected.join('|');
}
