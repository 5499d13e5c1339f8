import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { auditQueryKeyRoot } from '../../../lib/query-keys.ts';
import type { AuditPage } from '@jalon/contract/audit/audit-entry';

export type AuditEntityType = 'org_unit' | 'user' | 'grant' | 'api_token' | 'session';

export interface AuditParams {
  entityType?: AuditEntityType;
  entityId?: string;
  page?: number;
  pageSize?: number;
}

export function getAudit(params: AuditParams, signal?: AbortSignal): Promise<AuditPage> {
  return apiRequest<AuditPage>('/audit', { query: { ...params }, ...(signal ? { signal } : {}) });
}

export function getAuditQueryOptions(params: AuditParams) {
  return queryOptions({
    queryKey: [...auditQueryKeyRoot, params],
    queryFn: ({ signal }) => getAudit(params, signal),
    placeholderData: keepPreviousData,
  });
}

export function useAudit(params: AuditParams) {
  return useQuery(getAuditQueryOptions(params));
}
