/** Lengths the account requests accept beyond the user's own fields. */
export const ACCOUNT_LIMITS = { tokenName: 80 } as const;
