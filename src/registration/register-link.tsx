import { FLOWS } from '../catalog/flows';
import type { FlowId } from '../catalog/types';

/** Points from the checklist and App details to the registration page (the vendor-hosted app needs none). */
export function RegisterLink({ flow, href }: { flow: FlowId; href: string }) {
  if (FLOWS[flow].registers === 'nothing') return null;
  const managed = FLOWS[flow].registers === 'identity';
  return (
    <p className="rounded-md border border-line bg-sunken p-3 text-sm">
      {managed ? 'Let the wizard give the identity its rights: ' : 'Let the wizard do this for you: '}
      <a href={`#${href}`} className="font-medium text-accent underline">
        {managed ? 'Assign the rights' : 'Register the app'}
      </a>{' '}
      with a script for Azure Cloud Shell{import.meta.env.WIZARD_CLIENT_ID ? ', or by signing in here' : ''}. It fills these details for
      you.
    </p>
  );
}
