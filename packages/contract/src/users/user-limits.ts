/** Lengths the user and account requests accept; the web's inputs use the same. */
export const USER_LIMITS = { email: 254, displayName: 120, password: 128, search: 100 } as const;
