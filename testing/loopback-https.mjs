// HTTPS between the local servers: Entra, Graph and Resource Manager are HTTPS, and msal-browser refuses plain-http
// authorities. Each server makes a self-signed certificate at start-up; they call one another without checking it.
import { request } from 'node:https';
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

/**
 * GETs JSON from another local server (whose certificate is self-signed): the body of a 200 answer, or undefined for
 * any other answer or when it is not running.
 * @param {string} url
 * @returns {Promise<any>}
 */
export function getJson(url) {
  return new Promise((resolve) => {
    request(url, { rejectUnauthorized: false }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () => {
        try {
          resolve(response.statusCode === 200 ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : undefined);
        } catch {
          resolve(undefined);
        }
      });
    })
      .on('error', () => resolve(undefined))
      .end();
  });
}
