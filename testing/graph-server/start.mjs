// Starts the Graph and Resource Manager stand-ins for the end-to-end tests (Playwright's webServer runs this).
import { startApiServers } from './server.mjs';

const { graphOrigin, armOrigin } = await startApiServers({
  issuer: process.env.OAUTH_ISSUER ?? 'https://127.0.0.1:9400',
  graphPort: Number(process.env.GRAPH_PORT ?? 9402),
  armPort: Number(process.env.ARM_PORT ?? 9403),
});
console.log(`local Microsoft Graph at ${graphOrigin}, Azure Resource Manager at ${armOrigin}`);
