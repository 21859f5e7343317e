// A self-signed TLS certificate for the local servers (127.0.0.1 and localhost), made at start-up: Entra, Graph and
// Resource Manager are HTTPS, and msal-browser refuses plain-http authorities.
import { generate } from 'selfsigned';

/** @returns {Promise<{ cert: string, key: string }>} */
export async function loopbackCertificate() {
  const { cert, private: key } = await generate([{ name: 'commonName', value: '127.0.0.1' }], {
    keySize: 2048,
    extensions: [
      {
        name: 'subjectAltName',
        altNames: [
          { type: 7, ip: '127.0.0.1' },
          { type: 2, value: 'localhost' },
        ],
      },
    ],
  });
  return { cert, key };
}
