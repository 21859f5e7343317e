import { useId, type ReactNode } from 'react';
import type { Cloud, Integration } from '../catalog/types';
import { Button } from '../components/ui/button';
import { CopyButton } from '../components/ui/copy-button';
import { downloadText } from '../components/ui/download';
import type { RegistrationPlan } from './model';
import { renderScript } from './script';

/** Where each cloud opens Azure Cloud Shell. */
function cloudShellUrl(cloud: Cloud): string | undefined {
  if (cloud.id === 'global' || cloud.id === 'gcc') return 'https://shell.azure.com';
  return cloud.portal ? `${cloud.portal}/#cloudshell/` : undefined;
}

export function ScriptPanel({
  plan,
  integration,
  flowLabel,
  cloud,
  name = 'App registration script',
  file = `register-${integration.id}.sh`,
  purpose = `${integration.name}, ${flowLabel.toLowerCase()}, ${cloud.label}`,
  children,
}: {
  plan: RegistrationPlan;
  integration: Integration;
  flowLabel: string;
  cloud: Cloud;
  /** The field's label, and the file it downloads as (another plan than the registration names its own). */
  name?: string;
  file?: string;
  /** What the script is for, for its header. */
  purpose?: string;
  /** More about running it (a rotation's --finish). */
  children?: ReactNode;
}) {
  const id = useId();
  const script = renderScript(plan, { purpose });
  const shell = cloudShellUrl(cloud);
  return (
    <div className="grid gap-2">
      <h2 className="text-lg font-semibold">In Azure Cloud Shell</h2>
      <p className="text-sm text-muted">
        Open Cloud Shell (Bash) as an admin of the tenant
        {shell && (
          <>
            {' '}
            (
            <a href={shell} target="_blank" rel="noreferrer noopener" className="text-accent underline">
              open Cloud Shell<span className="sr-only"> (opens in a new tab)</span>
            </a>
            )
          </>
        )}
        , paste the script and press Enter, or download it and run <code className="font-mono">bash {file}</code> where Azure CLI is signed
        in. It stops at the first error and says at which step; its last line is for the field below.
      </p>
      {children}
      <label htmlFor={id} className="text-sm font-medium">
        {name}
      </label>
      <textarea
        id={id}
        readOnly
        value={script}
        rows={12}
        spellCheck={false}
        className="rounded-md border border-field bg-sunken p-3 font-mono text-xs"
      />
      <div className="flex flex-wrap gap-3">
        <CopyButton value={script} label={`Copy ${name}`} />
        <Button variant="secondary" onClick={() => downloadText(file, script, 'text/x-shellscript')}>
          Download {file}
        </Button>
      </div>
    </div>
  );
}
