import { and, count, desc, eq, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { auditEvent } from '../../db/schema/audit-event.table.ts';

export type AuditRow = typeof auditEvent.$inferSelect;

export interface AuditFilter {
  entityType: string | undefined;
  entityId: string | undefined;
  page: number;
  pageSize: number;
}

/** One page of the trail, newest first, for one object or type of object (or all of it), and how many rows match. */
export async function listAuditEvents(db: Db, filter: AuditFilter): Promise<{ rows: AuditRow[]; total: number }> {
  const where: SQL[] = [];
  if (filter.entityType) where.push(eq(auditEvent.entityType, filter.entityType));
  if (filter.entityId) where.push(eq(auditEvent.entityId, filter.entityId));
  const condition = where.length ? and(...where) : undefined;
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(auditEvent)
      .where(condition)
      .orderBy(desc(auditEvent.id))
      .limit(filter.pageSize)
      .offset((filter.page - 1) * filter.pageSize),
    db.select({ n: count() }).from(auditEvent).where(condition),
  ]);
  return { rows, total: total?.n ?? 0 };
}
