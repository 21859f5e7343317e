import type { PublicClientApplication } from '@azure/msal-browser';
import { authorityMetadata, cloudDiscoveryMetadata } from './entra-metadata';

export interface MsalTarget {
  login: string;
  tenant: string;
  clientId: string;
  redirectUri: string;
}

/**
 * An msal-browser app for one authority, its tokens in memory only (nothing in localStorage), with the authority's
 * metadata handed over so that it makes no discovery request. msal-browser is loaded here, when a check or a
 * registration starts: it stays out of the first screen's bundle.
 */
export async function memoryMsalApp(target: MsalTarget): Promise<PublicClientApplication> {
  const { PublicClientApplication } = await import('@azure/msal-browser');
  const instance = new PublicClientApplication({
    auth: {
      clientId: target.clientId,
      authority: `${target.login}/${target.tenant}`,
      knownAuthorities: [new URL(target.login).host],
      authorityMetadata: authorityMetadata(target.login, target.tenant),
      cloudDiscoveryMetadata: cloudDiscoveryMetadata(target.login, target.tenant),
      redirectUri: target.redirectUri,
    },
    cache: { cacheLocation: 'memoryStorage' },
  });
  await instance.initialize();
  return instance;
}
