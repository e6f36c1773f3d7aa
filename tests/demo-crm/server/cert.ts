/**
 * A throw-away self-signed certificate for the demo's real host names, made with the
 * `openssl` CLI at start-up (no key ever lives in the repo). Chromium accepts it through
 * `--ignore-certificate-errors-spki-list=<spki>`, which trusts exactly this key and
 * nothing else, unlike a blanket `--ignore-certificate-errors`.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface DemoCertificate {
  key: Buffer;
  cert: Buffer;
  /** Base64 SHA-256 of the certificate's SubjectPublicKeyInfo, for Chromium's SPKI list. */
  spki: string;
}

export function makeCertificate(dnsNames: readonly string[]): DemoCertificate {
  const dir = mkdtempSync(join(tmpdir(), 'rung-demo-cert-'));
  try {
    const keyPath = join(dir, 'key.pem');
    const certPath = join(dir, 'cert.pem');
    const san = dnsNames.map((name) => `DNS:${name}`).join(',');
    execFileSync(
      'openssl',
      ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '30', '-keyout', keyPath]
        .concat(['-out', certPath, '-subj', `/CN=${dnsNames[0] ?? 'localhost'}`])
        .concat(['-addext', `subjectAltName=${san}`]),
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    const publicKey = execFileSync('openssl', ['x509', '-in', certPath, '-pubkey', '-noout']);
    const der = execFileSync('openssl', ['pkey', '-pubin', '-outform', 'der'], {
      input: publicKey,
    });
    const digest = execFileSync('openssl', ['dgst', '-sha256', '-binary'], { input: der });
    return {
      key: readFileSync(keyPath),
      cert: readFileSync(certPath),
      spki: digest.toString('base64'),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
