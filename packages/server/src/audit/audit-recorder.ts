import { actorName, actorUserId, type Author } from '../access/actor.ts';
import type { Db } from '../db/database.ts';
import { auditEvent } from '../db/schema/audit-event.table.ts';
import { canonicalId } from '../http/input-guards.ts';

export type AuditAction =
  | 'create'
  | 'update'
  | 'delete'
  | 'move'
  | 'login'
  | 'login_failed'
  | 'lock'
  | 'unlock'
  | 'logout'
  | 'password_change'
  | 'grant'
  | 'revoke';

/**
 * Who the row is recorded under. A use case passes its `UseCaseContext`; the
 * actor is null only where nobody is known (a failed login attempt).
 */
export interface AuditContext {
  actor: Author | null;
  requestId: string | undefined;
}

export interface AuditEntry {
  action: AuditAction;
  entityType:
    | 'org_unit'
    | 'user'
    | 'grant'
    | 'api_token'
    | 'session'
    | 'indicator_catalogue'
    | 'indicator_definition'
    | 'indicator_value'
    | 'cpom_target_override';
  entityId: string;
  before?: unknown;
  after?: unknown;
}

/**
 * Writes the trail in the caller's transaction, so a change and its audit row
 * are committed, or rolled back, together.
 */
export async function recordAudit(db: Db, context: AuditContext, entry: AuditEntry): Promise<void> {
  await db.insert(auditEvent).values({
    // The system keeps its name and has no account: the id stays empty.
    actorId: context.actor ? actorUserId(context.actor) : null,
    actorName: context.actor ? actorName(context.actor) : null,
    action: entry.action,
    entityType: entry.entityType,
    // Keyed on the id as PostgreSQL stores it, whatever case the caller wrote it in:
    // the history of an object is read by that id.
    entityId: canonicalId(entry.entityId),
    before: entry.before ?? null,
    after: entry.after ?? null,
    requestId: context.requestId ?? null,
  });
}
