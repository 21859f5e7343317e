import { useId, useState } from 'react';
import { useSession } from '../state/session';
import { BringYourOwn } from './bring-your-own';
import { CertificateSummary } from './certificate-summary';
import { GenerateForm } from './generate-form';

/** The certificate the app signs in with: made here or brought along; loaded only when the admin picks Certificate. */
export function CertificatePanel({ appName, fileStem }: { appName: string; fileStem: string }) {
  const id = useId();
  const { certificate } = useSession();
  const [source, setSource] = useState<'generate' | 'bring'>('generate');
  if (certificate) return <CertificateSummary credential={certificate} fileStem={fileStem} />;

  return (
    <div className="grid gap-4 rounded-md border border-line p-4">
      <fieldset className="flex flex-wrap gap-4">
        <legend className="mb-1 text-sm font-medium">Certificate</legend>
        {(
          [
            ['generate', 'Generate in this page'],
            ['bring', 'Bring your own'],
          ] as const
        ).map(([value, label]) => (
          <label key={value} className="flex items-center gap-2 text-sm">
            <input type="radio" name={`${id}-source`} value={value} checked={source === value} onChange={() => setSource(value)} />
            {label}
          </label>
        ))}
      </fieldset>
      {source === 'generate' ? <GenerateForm defaultSubject={appName} /> : <BringYourOwn />}
    </div>
  );
}
