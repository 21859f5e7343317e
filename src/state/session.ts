import { useEffect, useSyncExternalStore } from 'react';
import type { CertificateCredential } from './credential';

/** Captured from the sign-in redirect; kept in memory only. */
export type Capture =
  { kind: 'code'; code: string; capturedAt: number } | { kind: 'admin-consent'; tenant: string | null; capturedAt: number };

export interface Notice {
  tone: 'error' | 'info';
  title: string;
  body: string;
  /** The error code from the identity platform, when there is one. */
  code?: string;
  /** The cloud's own page about the error code. */
  lookup?: string;
}

/** Where a registered credential's lifetime comes from: the app's own app management policy, the tenant default, no policy limit, or a policy the admin could not read. */
export type LifetimeFrom = 'app-policy' | 'tenant-policy' | 'none' | 'unreadable';

/** The credential a registration from this page made or found: when Entra's copy ends, and why then. Not secret. */
export interface CredentialExpiry {
  kind: 'secret' | 'certificate';
  /** ISO 8601. */
  endDateTime: string;
  /** The lifetime it was made with (ISO 8601 duration). */
  lifetime?: string;
  lifetimeFrom?: LifetimeFrom;
  appName: string;
  clientId?: string;
  /** The certificate's thumbprint, for a certificate. */
  thumbprint?: string;
}

/**
 * What must never be written to storage or the URL: the client secret and the captured code.
 * A reload forgets them on purpose.
 */
interface Session {
  secret: string;
  /** The certificate and its private key, when the app signs in with a certificate. */
  certificate?: CertificateCredential;
  /** Whether the admin has copied or downloaded the private key of a certificate made in this page. */
  keySaved: boolean;
  /** The secret was made by a registration from this page: Entra shows it once, and nothing else holds it. */
  secretFromRegistration: boolean;
  /** Whether the admin has copied or exported that secret. */
  secretSaved: boolean;
  capture?: Capture;
  notices: Notice[];
  credentialExpiry?: CredentialExpiry;
}

let session: Session = { secret: '', keySaved: false, secretFromRegistration: false, secretSaved: false, notices: [] };
const listeners = new Set<() => void>();

function update(change: Partial<Session>): void {
  session = { ...session, ...change };
  for (const listener of listeners) listener();
}

export const sessionStore = {
  get: () => session,
  /** A secret the admin typed or pasted: theirs, kept elsewhere too. */
  setSecret: (secret: string) =>
    update({
      secret,
      secretFromRegistration: false,
      credentialExpiry: session.credentialExpiry?.kind === 'secret' ? undefined : session.credentialExpiry,
    }),
  /** A secret Entra just made for a registration run from this page. */
  setRegisteredSecret: (secret: string) => update({ secret, secretFromRegistration: true, secretSaved: false }),
  markSecretSaved: () => update({ secretSaved: true }),
  setCertificate: (certificate: CertificateCredential | undefined) =>
    update({
      certificate,
      keySaved: false,
      credentialExpiry: session.credentialExpiry?.kind === 'certificate' ? undefined : session.credentialExpiry,
    }),
  /** When the credential a registration made or found ends (it is not secret, but a reload forgets it with the credential). */
  setCredentialExpiry: (credentialExpiry: CredentialExpiry | undefined) => update({ credentialExpiry }),
  markKeySaved: () => update({ keySaved: true }),
  setCapture: (capture: Capture | undefined) => update({ capture }),
  addNotice: (notice: Notice) => update({ notices: [...session.notices, notice] }),
  dismissNotices: () => update({ notices: [] }),
  subscribe(listener: () => void) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

export function useSession(): Session {
  return useSyncExternalStore(sessionStore.subscribe, sessionStore.get, sessionStore.get);
}

/**
 * A private key made in this page, or a secret Entra made for a registration from this page (shown once), exists
 * nowhere else: until the admin has copied or downloaded it, leaving the page (reload, close, a full-page sign-in)
 * asks first.
 */
export function useUnsavedCredentialWarning(): void {
  const { certificate, keySaved, secret, secretFromRegistration, secretSaved } = useSession();
  const unsaved = Boolean(certificate?.generated && !keySaved) || Boolean(secretFromRegistration && secret && !secretSaved);
  useEffect(() => {
    if (!unsaved) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [unsaved]);
}
