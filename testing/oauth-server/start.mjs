// Starts the local OAuth server for the end-to-end tests (Playwright's webServer runs this).
import { startOAuthServer } from './server.mjs';

const port = Number(process.env.OAUTH_PORT ?? 9400);
const redirectUris = (process.env.OAUTH_REDIRECT_URIS ?? 'http://localhost:4173/wizard/').split(',');
const corsOrigins = (process.env.OAUTH_CORS_ORIGINS ?? '').split(',').filter(Boolean);
const { issuer } = await startOAuthServer({ port, redirectUris, corsOrigins });
console.log(`local OAuth server at ${issuer}; redirect URIs ${redirectUris.join(', ')}; CORS for ${corsOrigins.join(', ') || 'no origin'}`);
