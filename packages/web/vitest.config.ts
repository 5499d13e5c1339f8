import { defineConfig } from 'vitest/config';

// The web tests are pure logic and need no database: this config lets them run
// alone, without the server's global setup that starts PostgreSQL.
export default defineConfig({
  root: import.meta.dirname,
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
  },
});
