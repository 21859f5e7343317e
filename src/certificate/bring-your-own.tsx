import { useId, useState, type DragEvent } from 'react';
import { Button } from '../components/ui/button';
import { Notice } from '../components/ui/notice';
import { sessionStore } from '../state/session';
import { CertificateProblem } from './problems';
import { checkCredential } from './x509';

type Material = { text: string; bytes?: Uint8Array; fileName?: string };
const EMPTY: Material = { text: '' };

/** A file's content: text when it is PEM, the bytes otherwise (a DER certificate, or a .pfx to explain). */
async function readMaterial(file: File): Promise<Material> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const text = new TextDecoder().decode(bytes);
  return text.includes('-----BEGIN') ? { text, fileName: file.name } : { text: '', bytes, fileName: file.name };
}

function MaterialField({
  label,
  hint,
  accept,
  value,
  onChange,
}: {
  label: string;
  hint: string;
  accept: string;
  value: Material;
  onChange: (value: Material) => void;
}) {
  const id = useId();
  async function drop(event: DragEvent) {
    const file = event.dataTransfer.files[0];
    if (!file) return;
    event.preventDefault();
    onChange(await readMaterial(file));
  }
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <p id={`${id}-hint`} className="text-xs text-subtle">
        {hint}
      </p>
      <textarea
        id={id}
        aria-describedby={`${id}-hint`}
        rows={5}
        value={value.text}
        placeholder={
          value.bytes
            ? `Using the binary file ${value.fileName ?? ''} (${value.bytes.length} bytes); type or paste here to replace it.`
            : undefined
        }
        onChange={(event) => onChange({ text: event.target.value })}
        onDragOver={(event) => event.preventDefault()}
        onDrop={drop}
        spellCheck={false}
        autoComplete="off"
        className="rounded-md border border-field bg-surface px-3 py-2 font-mono text-xs"
      />
      <input
        type="file"
        accept={accept}
        aria-label={`${label}: choose a file`}
        onChange={async (event) => {
          const file = event.target.files?.[0];
          if (file) onChange(await readMaterial(file));
        }}
        className="text-sm"
      />
    </div>
  );
}

/** An existing certificate and key: read, matched and checked in the page, with what to do when they will not work. */
export function BringYourOwn() {
  const [certificate, setCertificate] = useState<Material>(EMPTY);
  const [key, setKey] = useState<Material>(EMPTY);
  const [problem, setProblem] = useState<{ message: string; fix: string }>();

  async function check() {
    setProblem(undefined);
    try {
      const keyText = key.bytes ? '' : key.text;
      sessionStore.setCertificate(await checkCredential(certificate.bytes ?? certificate.text, keyText || certificate.text));
      setCertificate(EMPTY);
      setKey(EMPTY);
    } catch (error) {
      if (error instanceof CertificateProblem) setProblem({ message: error.message, fix: error.fix });
      else
        setProblem({ message: `The files could not be read: ${String(error)}`, fix: 'Check that they are the certificate and its key.' });
    }
  }

  return (
    <div className="grid gap-3">
      <MaterialField
        label="Certificate"
        hint="PEM (-----BEGIN CERTIFICATE-----) or a DER .cer/.crt file. Paste it, drop the file here, or choose it."
        accept=".cer,.crt,.pem,.der,.pfx,.p12"
        value={certificate}
        onChange={setCertificate}
      />
      <MaterialField
        label="Private key"
        hint="PEM, PKCS#8 (-----BEGIN PRIVATE KEY-----) or PKCS#1 (-----BEGIN RSA PRIVATE KEY-----), unencrypted. Kept in this page's memory only. Leave empty when the certificate file holds the key too."
        accept=".key,.pem"
        value={key}
        onChange={setKey}
      />
      <div>
        <Button onClick={check} disabled={!certificate.text && !certificate.bytes}>
          Check certificate and key
        </Button>
      </div>
      {problem && (
        <Notice tone="error" title={problem.message}>
          {problem.fix}
        </Notice>
      )}
    </div>
  );
}
