import type { ReactNode } from 'react';
import { FLOWS, type FlowInfo } from '../catalog/flows';
import type { FlowSupport } from '../catalog/types';
import { Notice } from '../components/ui/notice';

/** What the sheet tells the admin about where this flow's values come from, by how the flow signs in. */
const NOTICES: Record<FlowInfo['signIn'], (flow: FlowSupport) => ReactNode> = {
  'authorize-url': () => null,
  'admin-consent': () => null,
  'device-code': () => null,
  none: () => (
    <Notice tone="info" title="Managed identities work only on an Azure VM" live={false}>
      <p>
        The engine that runs this instance must be an Azure VM with a managed identity. Leave the client ID empty for its system-assigned
        identity, or enter the Client ID of a user-assigned one.
      </p>
    </Notice>
  ),
  'hosted-page': (flow) => (
    <Notice tone="info" title="Values from the vendor-hosted app" live={false}>
      <p>
        {flow.hostedAppUrl ? (
          <>
            Authorize on the{' '}
            <a href={flow.hostedAppUrl} target="_blank" rel="noreferrer noopener" className="underline">
              hosted authorization page<span className="sr-only"> (opens in a new tab)</span>
            </a>
            , then paste
          </>
        ) : (
          'Authorize the vendor-hosted app as the integration documentation describes, then paste'
        )}{' '}
        the ID, Token and Key it shows into the fields below. Leave "self-deployed" unchecked.
        {flow.defaultAppId && ` The vendor's application ID is ${flow.defaultAppId}.`}
      </p>
    </Notice>
  ),
};

export function SignInNotice({ flow }: { flow: FlowSupport }) {
  return NOTICES[FLOWS[flow.id].signIn](flow);
}
