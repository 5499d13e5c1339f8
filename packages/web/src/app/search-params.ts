/** Keeps only same-site paths, so a crafted login link cannot send users elsewhere. */
export function safeRedirect(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return null;
  if (value.startsWith('/connexion')) return null;
  return value;
}

export interface TextSearch {
  q?: string;
  page?: number;
}

export function textSearch(search: Record<string, unknown>): TextSearch {
  const result: TextSearch = {};
  if (typeof search.q === 'string' && search.q.trim() !== '') result.q = search.q;
  const page = Number(search.page);
  if (Number.isInteger(page) && page > 1) result.page = page;
  return result;
}
