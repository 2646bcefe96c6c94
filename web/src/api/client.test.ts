import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, apiRequest, setCsrfToken } from './client.js';

function respond(status: number, body: unknown, contentType = 'application/json'): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { 'content-type': contentType } });
}

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

describe('apiRequest', () => {
  it('sends the CSRF token on a POST but not on a GET', async () => {
    const fetchMock = vi.fn<typeof fetch>(async () => respond(200, { ok: true }));
    vi.stubGlobal('fetch', fetchMock);
    setCsrfToken('token-1');

    await apiRequest('/api/people', { query: { name: 'smith', dateOfBirth: undefined, page: 2 } });
    await apiRequest('/api/audit/verify', { method: 'POST' });

    const [getUrl, getInit] = fetchMock.mock.calls[0] ?? [];
    const [, postInit] = fetchMock.mock.calls[1] ?? [];
    expect(getUrl).toBe('/api/people?name=smith&page=2');
    expect(new Headers(getInit?.headers).has('x-csrf-token')).toBe(false);
    expect(new Headers(postInit?.headers).get('x-csrf-token')).toBe('token-1');
    expect(postInit?.credentials).toBe('same-origin');
  });

  it('turns problem+json into an ApiError with field errors', async () => {
    const problem = {
      type: 'about:blank',
      title: 'Bad Request',
      status: 400,
      code: 'VALIDATION_FAILED',
      detail: 'Invalid querystring',
      errors: [{ path: 'name', message: 'Enter a search term' }, { nonsense: true }],
      correlationId: 'req-1',
    };
    vi.stubGlobal('fetch', vi.fn(async () => respond(400, problem, 'application/problem+json')));

    const error: unknown = await apiRequest('/api/people').catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 400,
      code: 'VALIDATION_FAILED',
      detail: 'Invalid querystring',
      correlationId: 'req-1',
      errors: [{ path: 'name', message: 'Enter a search term' }],
    });
  });

  it('names the error from the status when the body is not problem+json', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('<html>Bad gateway</html>', { status: 502 })));
    await expect(apiRequest('/api/session')).rejects.toMatchObject({ status: 502, code: 'INTERNAL' });
  });

  it('reports an unreachable server as status 0', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    await expect(apiRequest('/api/session')).rejects.toMatchObject({ status: 0, code: 'INTERNAL' });
  });

  it('returns nothing for 204 No Content', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response(null, { status: 204 })));
    await expect(apiRequest<void>('/api/auth/logout', { method: 'POST' })).resolves.toBeUndefined();
  });
});
