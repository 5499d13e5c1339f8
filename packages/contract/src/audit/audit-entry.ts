import { z } from 'zod';
import { PAGE_LIMITS } from '../common/page.ts';
import { AUDIT_LIMITS } from './audit-limits.ts';

export const AUDIT_ENTITY_TYPES = [
  'org_unit',
  'user',
  'grant',
  'api_token',
  'session',
  'indicator_catalogue',
  'indicator_definition',
  'indicator_value',
  'cpom_target_override',
] as const;

export const auditQuery = z.object({
  entityType: z.enum(AUDIT_ENTITY_TYPES).optional(),
  entityId: z.string().max(AUDIT_LIMITS.entityId).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(PAGE_LIMITS.pageSize).default(PAGE_LIMITS.defaultPageSize),
});
export type AuditQuery = z.infer<typeof auditQuery>;

export const auditEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: z.object({ id: z.string(), displayName: z.string() }).nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  before: z.unknown(),
  after: z.unknown(),
  requestId: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditPageSchema = z.object({
  items: z.array(auditEntrySchema),
  /** Names of the organisations the entries refer to by id (parentId…), by id. */
  references: z.record(z.string(), z.string()),
  page: z.number(),
  pageSize: z.number(),
  total: z.number(),
});
export type AuditPage = z.infer<typeof auditPageSchema>;
