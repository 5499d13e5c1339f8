import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, apiRequest, buildHeaders, buildUrl, setCsrfToken, toApiError } from './api-client.ts';

afterEach(() => {
  setCsrfToken(null);
  vi.unstubAllGlobals();
});

describe('buildUrl', () => {
  it('prefixes /api and drops empty query values', () => {
    expect(buildUrl('/org-units', { q: 'Hôpital', parent: undefined, page: 2, kind: '' })).toBe(
      '/api/org-units?q=H%C3%B4pital&page=2',
    );
    expect(buildUrl('/me')).toBe('/api/me');
  });
});

describe('buildHeaders', () => {
  it('adds the CSRF token only on state-changing requests', () => {
    setCsrfToken('abc');
    expect(buildHeaders({ method: 'GET' }).get('x-csrf-token')).toBeNull();
    expect(buildHeaders({ method: 'PATCH', body: {} }).get('x-csrf-token')).toBe('abc');
    expect(buildHeaders({ method: 'DELETE' }).get('x-csrf-token')).toBe('abc');
  });

  it('sends If-Match as a quoted version', () => {
    expect(buildHeaders({ method: 'PATCH', version: 7 }).get('if-match')).toBe('"7"');
    expect(buildHeaders({ method: 'PATCH' }).get('if-match')).toBeNull();
  });
});

describe('toApiError', () => {
  it('reads a problem+json body with field errors and the current resource', async () => {
    const response = new Response(
      JSON.stringify({
        status: 412,
        code: 'VERSION_CONFLICT',
        detail: 'Modifié',
        errors: [{ path: 'finess', code: 'INVALID_FINESS', message: 'Clé invalide' }],
        current: { id: 'u1', version: 4 },
      }),
      { status: 412, headers: { 'content-type': 'application/problem+json' } },
    );
    const error = await toApiError(response);
    expect(error).toBeInstanceOf(ApiError);
    expect(error.code).toBe('VERSION_CONFLICT');
    expect(error.errors).toEqual([{ path: 'finess', code: 'INVALID_FINESS', message: 'Clé invalide' }]);
    expect(error.current).toEqual({ id: 'u1', version: 4 });
  });

  it('keeps how long a delayed login must wait', async () => {
    const response = new Response(JSON.stringify({ code: 'RATE_LIMITED', retryAfter: 120 }), {
      status: 429,
      headers: { 'content-type': 'application/problem+json' },
    });
    expect((await toApiError(response)).retryAfterSeconds).toBe(120);
  });

  it('falls back to HTTP_<status> when the body is not JSON', async () => {
    const error = await toApiError(new Response('oops', { status: 502, statusText: 'Bad Gateway' }));
    expect(error.code).toBe('HTTP_502');
    expect(error.errors).toEqual([]);
  });
});

describe('apiRequest', () => {
  it('returns undefined on 204 and parses JSON otherwise', async () => {
    const fetchMock = vi
      .fn<typeof fetch>()
      .mockResolvedValueOnce(new Response(null, { status: 204 }))
      .mockResolvedValueOnce(Response.json({ ok: true }));
    vi.stubGlobal('fetch', fetchMock);
    await expect(apiRequest('/auth/logout', { method: 'POST' })).resolves.toBeUndefined();
    await expect(apiRequest('/health')).resolves.toEqual({ ok: true });
    expect(fetchMock.mock.calls[1]?.[0]).toBe('/api/health');
  });

  it('reports a network failure as NETWORK_ERROR', async () => {
    vi.stubGlobal('fetch', vi.fn<typeof fetch>().mockRejectedValue(new TypeError('Failed to fetch')));
    await expect(apiRequest('/health')).rejects.toMatchObject({ code: 'NETWORK_ERROR', status: 0 });
  });
});
