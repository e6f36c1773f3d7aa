/**
 * A second, unrelated extension for isolation tests, written to a temp dir: one page
 * (`probe.html` + `probe.js`; MV3 pages allow no inline script) that exposes
 * `probe(extensionId, message)`, which tries `chrome.runtime.sendMessage` to another
 * extension and reports what came back. It has no service worker on purpose: the
 * harness takes the first extension worker it sees to be Rung's.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ProbeExtension {
  path: string;
  /** Chromium's id for an unpacked extension: SHA-256 of its path, hex digits as a–p. */
  id: string;
  /** Chromium arguments loading Rung and the probe together. */
  args(rungPath: string): string[];
  remove(): void;
}

export interface ProbeOutcome {
  reply?: unknown;
  error?: string;
}

const PROBE_SCRIPT = `
globalThis.probe = async (extensionId, message) => {
  try {
    const reply = await chrome.runtime.sendMessage(extensionId, message);
    return { reply: reply === undefined ? null : reply };
  } catch (error) {
    return { error: String(error && error.message ? error.message : error) };
  }
};`;

export function unpackedExtensionId(path: string): string {
  const hex = createHash('sha256').update(path).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

export function writeProbeExtension(): ProbeExtension {
  const path = mkdtempSync(join(tmpdir(), 'rung-probe-ext-'));
  const manifest = { manifest_version: 3, name: 'Probe', version: '1.0' };
  writeFileSync(join(path, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(path, 'probe.js'), PROBE_SCRIPT);
  writeFileSync(
    join(path, 'probe.html'),
    '<!doctype html><title>probe</title><script src="probe.js"></script>',
  );
  return {
    path,
    id: unpackedExtensionId(path),
    // Later switches win over the harness's own single-extension pair.
    args: (rungPath) => [
      `--disable-extensions-except=${rungPath},${path}`,
      `--load-extension=${rungPath},${path}`,
    ],
    remove: () => rmSync(path, { recursive: true, force: true }),
  };
}
