import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The server serves dist/ and the API on one origin; in development the Vite
// server forwards /api to it so cookies and CSRF behave as in production.
export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1500 },
  server: {
    proxy: { '/api': { target: 'http://localhost:3000', changeOrigin: false } },
  },
});
