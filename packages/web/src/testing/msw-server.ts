import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { setCsrfToken } from '../lib/api-client.ts';

/**
 * The mocked network of component tests. Each test declares the answers it
 * needs with `server.use(...)`; any other call fails the test, so a component
 * that starts asking for something new is noticed.
 */
export const server = setupServer();

beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
});
afterEach(() => {
  server.resetHandlers();
  setCsrfToken(null);
});
afterAll(() => {
  server.close();
});
