import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { catalogIndexPlugin } from './build/catalog-index.ts';
import { prerenderPlugin } from './build/prerender.ts';
import { securityHeadersPlugin } from './build/security-headers.ts';

// WIZARD_BASE lets the same build be served under a sub-path (e.g. /ms-auth-wizard/) by any static server.
const base = process.env.WIZARD_BASE ?? '/';

export default defineConfig({
  base: base.endsWith('/') ? base : `${base}/`,
  plugins: [react(), tailwindcss(), catalogIndexPlugin(), securityHeadersPlugin(), prerenderPlugin()],
  build: { target: 'es2022', sourcemap: false },
  test: {
    include: ['src/**/*.test.ts', 'bench/**/*.test.ts', 'tests/**/*.test.ts'],
    environment: 'node',
  },
});
