import { useState } from 'react';
import { Button } from '../components/ui/button';
import { Notice } from '../components/ui/notice';
import { SelectField } from '../components/ui/select-field';
import { TextField } from '../components/ui/text-field';
import { sessionStore } from '../state/session';
import { generateCertificate, type GenerateOptions } from './generate';

const KEY_SIZES = [2048, 3072, 4096] as const;
const VALIDITIES = [
  { days: 182, label: '6 months' },
  { days: 365, label: '1 year' },
  { days: 730, label: '2 years' },
] as const;

/** Makes a self-signed certificate and its key in the page (WebCrypto); nothing leaves the browser. */
export function GenerateForm({ defaultSubject }: { defaultSubject: string }) {
  const [subject, setSubject] = useState(defaultSubject);
  const [modulusLength, setModulusLength] = useState<NonNullable<GenerateOptions['modulusLength']>>(2048);
  const [validityDays, setValidityDays] = useState(365);
  const [state, setState] = useState<{ busy: boolean; error?: string }>({ busy: false });

  // Not a form of its own: it sits inside the App details form.
  async function generate() {
    setState({ busy: true });
    try {
      sessionStore.setCertificate(await generateCertificate({ subject: subject.trim() || defaultSubject, modulusLength, validityDays }));
      setState({ busy: false });
    } catch (error) {
      setState({
        busy: false,
        error: `This browser could not make an RSA key with WebCrypto (${error instanceof Error ? error.message : String(error)}). Use a current browser, or bring a certificate made with OpenSSL.`,
      });
    }
  }

  return (
    <div className="grid gap-3">
      <TextField
        label="Subject (common name)"
        hint="Names the app in the certificate; the portal shows it next to the thumbprint."
        value={subject}
        onChange={(event) => setSubject(event.target.value)}
        maxLength={64}
        spellCheck={false}
      />
      <div className="flex flex-wrap gap-4">
        <SelectField
          label="Key size"
          value={String(modulusLength)}
          options={KEY_SIZES.map((size) => ({ value: String(size), label: `RSA ${size} bits` }))}
          onChange={(value) => setModulusLength(Number(value) as typeof modulusLength)}
        />
        <SelectField
          label="Valid for"
          value={String(validityDays)}
          options={VALIDITIES.map(({ days, label }) => ({ value: String(days), label }))}
          onChange={(value) => setValidityDays(Number(value))}
        />
      </div>
      <div>
        <Button onClick={generate} disabled={state.busy}>
          {state.busy ? 'Generating…' : 'Generate certificate'}
        </Button>
      </div>
      {state.error && (
        <Notice tone="error" title="No certificate was made">
          {state.error}
        </Notice>
      )}
    </div>
  );
}
