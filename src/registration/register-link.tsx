import { FLOWS } from '../catalog/flows';
import type { FlowId } from '../catalog/types';

/** Points from the checklist and App details to the registration page (the vendor-hosted app needs none). */
export function RegisterLink({
  flow,
  href,
  rotateHref,
}: {
  flow: FlowId;
  href: string;
  /** Once the app's client ID is known. */ rotateHref?: string;
}) {
  if (FLOWS[flow].registers === 'nothing') return null;
  const managed = FLOWS[flow].registers === 'identity';
  return (
    <div className="grid gap-1 rounded-md border border-line bg-sunken p-3 text-sm">
      <p>
        {managed ? 'Let the wizard give the identity its rights: ' : 'Let the wizard do this for you: '}
        <a href={`#${href}`} className="font-medium text-accent underline">
          {managed ? 'Assign the rights' : 'Register the app'}
        </a>{' '}
        with a script for Azure Cloud Shell{import.meta.env.WIZARD_CLIENT_ID ? ', or by signing in here' : ''}. It fills these details for
        you.
      </p>
      {rotateHref && FLOWS[flow].credential && (
        <p>
          The app's secret or certificate ends soon, or leaked?{' '}
          <a href={`#${rotateHref}`} className="font-medium text-accent underline">
            Rotate the credential
          </a>{' '}
          without downtime.
        </p>
      )}
    </div>
  );
}
