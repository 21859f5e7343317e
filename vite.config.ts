import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { catalogIndexPlugin } from './build/catalog-index.ts';
import { prerenderPlugin } from './build/prerender.ts';
import { securityHeadersPlugin } from './build/security-headers.ts';

// WIZARD_BASE lets the same build be served under a sub-path (e.g. /ms-auth-wizard/) by any static server.
const base = process.env.WIZARD_BASE ?? '/';
// WIZARD_CLIENT_ID: the host's multi-tenant SPA app that registers apps from the browser (README, "Register the app").
const registrarClientId = process.env.WIZARD_CLIENT_ID ?? '';
if (registrarClientId && !/^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$/i.test(registrarClientId))
  throw new Error(`WIZARD_CLIENT_ID must be an application (client) ID, a GUID; got "${registrarClientId}".`);

export default defineConfig({
  base: base.endsWith('/') ? base : `${base}/`,
  plugins: [react(), tailwindcss(), catalogIndexPlugin(), securityHeadersPlugin(), prerenderPlugin()],
  resolve: {
    // React Router 7's package exports name only its development build, whose dev warnings stay on in production
    // (remix-run/react-router#14102, open); its production build is the same code with them off, so the minifier drops them.
    alias: [
      {
        find: /^react-router$/,
        replacement: fileURLToPath(new URL('node_modules/react-router/dist/production/index.mjs', import.meta.url)),
      },
    ],
  },
  build: { target: 'es2022', sourcemap: false },
  define: { 'import.meta.env.WIZARD_CLIENT_ID': JSON.stringify(registrarClientId) },
  test: {
    include: ['src/**/*.test.ts', 'build/**/*.test.ts', 'bench/**/*.test.ts', 'tests/**/*.test.ts'],
    environment: 'node',
  },
});
