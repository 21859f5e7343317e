// Azure Cloud Shell, as the registration script meets it: Debian's Azure CLI in its default cloud (AzureCloud), signed
// in as the admin the way Cloud Shell signs it in (ACC_CLOUD set, `az login --identity` through the MSI_ENDPOINT token
// service, which hands out the signed-in user's tokens for any resource). Its requests to Microsoft's hosts go through
// a local proxy to the stand-ins, as the test browser's do. The admin's refresh token comes from a real device-code
// sign-in at the local OIDC server.
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { APIRequestContext, BrowserContext } from '@playwright/test';
import { AZURE_CLI_CLIENT_ID, MICROSOFT_ARM, MICROSOFT_ARM_V1, MICROSOFT_GRAPH, STAND_IN_FOR } from '../testing/local-apis.mjs';
import { expect, OAUTH_ORIGIN, signInAtLocalServer, test } from './fixtures';

const run = promisify(execFile);
const TOKEN_ENDPOINT = `${OAUTH_ORIGIN}/organizations/oauth2/v2.0/token`;

export interface CloudShell {
  /** Runs a command in the shell's environment; resolves with its output, or rejects with it. */
  exec: (file: string, args: string[]) => Promise<{ stdout: string; stderr: string }>;
  /** Writes a script into the shell's home and runs it with bash. */
  bash: (script: string) => Promise<{ stdout: string; stderr: string; code: number }>;
  close: () => Promise<void>;
}

/** Signs the admin in with Azure CLI's client ID by device code, as `az login` would, and returns the refresh token. */
export async function adminRefreshToken(context: BrowserContext, request: APIRequestContext, user: string): Promise<string> {
  const device = await request.post(`${OAUTH_ORIGIN}/organizations/oauth2/v2.0/devicecode`, {
    form: {
      client_id: AZURE_CLI_CLIENT_ID,
      scope: `openid offline_access ${MICROSOFT_GRAPH}/.default ${MICROSOFT_ARM}/user_impersonation ${MICROSOFT_ARM_V1}/user_impersonation`,
    },
  });
  expect(device.ok(), await device.text()).toBe(true);
  const { device_code: deviceCode, user_code: userCode, verification_uri: verificationUri } = await device.json();
  const page = await context.newPage();
  await page.goto(verificationUri);
  await page.locator('input[name="user_code"]').fill(userCode);
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
  await signInAtLocalServer(page, user);
  await expect(page.getByRole('heading', { name: 'Sign-in Success' })).toBeVisible();
  await page.close();
  const token = await request.post(TOKEN_ENDPOINT, {
    form: {
      grant_type: 'urn:ietf:params:oauth:grant-type:device_code',
      client_id: AZURE_CLI_CLIENT_ID,
      device_code: deviceCode,
      resource: MICROSOFT_ARM,
    },
  });
  const body = await token.json();
  expect(body.refresh_token, JSON.stringify(body)).toBeTruthy();
  return body.refresh_token;
}

/** Listens on a free loopback port; resolves with the server's origin. */
function onLoopback(server: Server): Promise<string> {
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve(`http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`);
    }),
  );
}

/** Cloud Shell's token service: the signed-in user's access token for the resource asked, from their refresh token. */
function tokenService(request: APIRequestContext, refreshToken: string): Promise<{ server: Server; url: string }> {
  let current = refreshToken;
  const server = createServer(async (incoming, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of incoming) chunks.push(chunk as Buffer);
    const resource = new URLSearchParams(Buffer.concat(chunks).toString('utf8')).get('resource') ?? '';
    const answer = await request.post(TOKEN_ENDPOINT, {
      form: { grant_type: 'refresh_token', client_id: AZURE_CLI_CLIENT_ID, refresh_token: current, resource: resource.replace(/\/+$/, '') },
    });
    const body = await answer.json();
    if (!answer.ok()) {
      response.writeHead(answer.status(), { 'content-type': 'application/json' }).end(JSON.stringify(body));
      return;
    }
    current = body.refresh_token ?? current;
    const now = Math.floor(Date.now() / 1000);
    response.writeHead(200, { 'content-type': 'application/json' }).end(
      JSON.stringify({
        access_token: body.access_token,
        refresh_token: '',
        expires_in: String(body.expires_in),
        expires_on: String(now + Number(body.expires_in)),
        not_before: String(now),
        resource,
        token_type: 'Bearer',
      }),
    );
  });
  return onLoopback(server).then((origin) => ({ server, url: `${origin}/oauth2/token` }));
}

/** An HTTP CONNECT proxy that leads Microsoft's hosts to their stand-ins and refuses everything else. */
function standInProxy(): Promise<{ server: Server; url: string }> {
  const server = createServer((_request, response) => response.writeHead(405).end());
  server.on('connect', (request, client, head) => {
    const [host, port] = (request.url ?? '').split(':');
    const target = port === '443' ? STAND_IN_FOR[host as keyof typeof STAND_IN_FOR] : undefined;
    if (!target) {
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const [targetHost, targetPort] = target.split(':');
    const upstream = connect(Number(targetPort), targetHost, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  return onLoopback(server).then((origin) => ({ server, url: origin }));
}

export async function openCloudShell(
  context: BrowserContext,
  request: APIRequestContext,
  user = 'admin@contoso.test',
): Promise<CloudShell> {
  const { server, url } = await tokenService(request, await adminRefreshToken(context, request, user));
  const proxy = await standInProxy();
  const home = mkdtempSync(join(tmpdir(), 'cloud-shell-'));
  const env = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: home,
    AZURE_CONFIG_DIR: join(home, '.azure'),
    ACC_CLOUD: 'PROD',
    MSI_ENDPOINT: url,
    AZURE_CORE_COLLECT_TELEMETRY: 'no',
    AZURE_CORE_NO_COLOR: 'true',
    // Microsoft's hosts are the stand-ins behind the proxy; the token service is local.
    HTTPS_PROXY: proxy.url,
    NO_PROXY: '127.0.0.1,localhost',
    // The stand-ins' certificates are self-signed (and name 127.0.0.1).
    AZURE_CLI_DISABLE_CONNECTION_VERIFICATION: '1',
    // …and Python would warn about that on every request, between the script's own lines.
    PYTHONWARNINGS: 'ignore:Unverified HTTPS request',
  };
  const exec = (file: string, args: string[]) => run(file, args, { env, cwd: home, timeout: 120_000, maxBuffer: 10_000_000 });
  await exec('az', ['login', '--identity']);
  return {
    exec,
    async bash(script) {
      const file = join(home, 'register.sh');
      writeFileSync(file, script);
      try {
        const { stdout, stderr } = await exec('bash', [file]);
        return { stdout, stderr, code: 0 };
      } catch (error) {
        const failure = error as { stdout: string; stderr: string; code: number };
        return { stdout: failure.stdout, stderr: failure.stderr, code: failure.code };
      }
    },
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      proxy.server.closeAllConnections();
      await new Promise<void>((resolve) => proxy.server.close(() => resolve()));
    },
  };
}

/**
 * One Cloud Shell for the tests of the enclosing file or describe, signed in as `admin`: opened before the first, closed
 * after the last. Returns it, for the tests to call.
 */
export function cloudShellFor(admin: string): () => CloudShell {
  let shell: CloudShell | undefined;
  test.beforeAll(async ({ browser, playwright }) => {
    test.setTimeout(120_000);
    const context = await browser.newContext({ ignoreHTTPSErrors: true });
    const request = await playwright.request.newContext({ ignoreHTTPSErrors: true });
    shell = await openCloudShell(context, request, admin);
  });
  test.afterAll(async () => shell?.close());
  return () => {
    if (!shell) throw new Error('Cloud Shell did not open');
    return shell;
  };
}
