/**
 * Keys shared across features. The session is read by the shell and the pages and
 * refreshed by the account feature, so its key cannot belong to either feature.
 */
export const sessionQueryKey = ['auth', 'session'] as const;

/** Root of the audit queries: any change to a resource makes its history stale. */
export const auditQueryKeyRoot = ['audit'] as const;
