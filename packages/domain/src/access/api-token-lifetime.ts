/**
 * How long an API token may live, chosen when it is created. A token is a
 * password that software keeps on disk: it must run out by itself, and a
 * year is the longest an integration may go without its owner renewing it.
 */
export const API_TOKEN_LIFETIME = { defaultDays: 90, maxDays: 365 } as const;
