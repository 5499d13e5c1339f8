/** Lengths the audit query accepts. */
export const AUDIT_LIMITS = { entityId: 200 } as const;
