import { z } from 'zod';

/** Sizes every paginated list accepts. */
export const PAGE_LIMITS = { pageSize: 200, defaultPageSize: 50 } as const;

/** One page of a paginated list. */
export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), page: z.number().int(), pageSize: z.number().int(), total: z.number().int() });

export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
}
