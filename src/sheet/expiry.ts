import type { CredentialExpiry } from '../state/session';

/** When the sheet's credential ends, and why then. */
export interface CredentialEnd {
  kind: 'secret' | 'certificate';
  /** ISO 8601. */
  endDateTime: string;
  appName?: string;
  notes: string[];
}

const day = (iso: string) => iso.slice(0, 10);
/** A policy's limit in words: P180D is 180 days; other durations stay as the policy writes them. */
export const lifetimeWords = (lifetime: string) => {
  const days = /^P(\d+)D$/.exec(lifetime);
  return days ? `${days[1]} days` : lifetime;
};
const whose = (expiry: CredentialExpiry) =>
  expiry.lifetimeFrom === 'app-policy' ? "the app's own app management policy" : "your tenant's app management policy";
const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function secretNotes(expiry: CredentialExpiry): string[] {
  if (expiry.lifetimeFrom === 'unreadable')
    return [
      "The wizard could not read your tenant's app management policy (that needs Policy.Read.All and at least the Global Reader role), so it asked for 24 months, the portal's longest.",
    ];
  if (expiry.lifetimeFrom === 'none') return ['No app management policy limits it: 24 months, the longest the portal offers.'];
  if (!expiry.lifetime) return [];
  return [
    `${sentence(whose(expiry))} limits client secrets to ${lifetimeWords(expiry.lifetime)}, so the secret lasts that long. A certificate (Credential › Certificate on App details) is Microsoft's recommendation, and may be allowed longer.`,
  ];
}

/**
 * The end of the credential on the sheet: a secret a registration from this page made or found, or the certificate in
 * the page (its own end, or sooner when the policy made Entra's copy end sooner). Undefined when the page cannot know.
 */
export function credentialEnd(
  credential: 'secret' | 'certificate' | 'none',
  expiry: CredentialExpiry | undefined,
  certificate: { thumbprint: string; notAfter: Date } | undefined,
): CredentialEnd | undefined {
  if (credential === 'secret')
    return expiry?.kind === 'secret'
      ? { kind: 'secret', endDateTime: expiry.endDateTime, appName: expiry.appName, notes: secretNotes(expiry) }
      : undefined;
  if (credential !== 'certificate' || !certificate) return undefined;
  const own = certificate.notAfter.toISOString();
  const registered = expiry?.kind === 'certificate' && expiry.thumbprint === certificate.thumbprint ? expiry : undefined;
  if (!registered || Date.parse(registered.endDateTime) >= certificate.notAfter.getTime() - 60_000)
    return { kind: 'certificate', endDateTime: own, appName: registered?.appName, notes: [] };
  return {
    kind: 'certificate',
    endDateTime: registered.endDateTime,
    appName: registered.appName,
    notes: [
      `The certificate is valid until ${day(own)}, but ${whose(registered)} limits certificates to ${lifetimeWords(registered.lifetime ?? '')}: Entra accepts it until ${day(registered.endDateTime)}. Make and upload a new certificate before then.`,
    ],
  };
}
