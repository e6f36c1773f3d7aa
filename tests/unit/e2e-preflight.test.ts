import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { preflightExtension } from '../e2e/preflight';

const dirs: string[] = [];
function build(manifest: object | null, withLocales: boolean): string {
  const dir = mkdtempSync(join(tmpdir(), 'rung-preflight-'));
  dirs.push(dir);
  if (manifest) writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  if (withLocales) mkdirSync(join(dir, '_locales', 'en'), { recursive: true });
  return dir;
}
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const base = { manifest_version: 3, background: { service_worker: 'background.js' } };

describe('preflightExtension', () => {
  it('accepts a build with a worker, with or without locales declared properly', () => {
    expect(() => preflightExtension(build(base, false))).not.toThrow();
    expect(() => preflightExtension(build({ ...base, default_locale: 'en' }, true))).not.toThrow();
  });

  it('names the missing default_locale that makes Chromium refuse the build silently', () => {
    expect(() => preflightExtension(build(base, true))).toThrow(/default_locale/);
  });

  it('says to build first when there is no manifest, and refuses a build without a worker', () => {
    expect(() => preflightExtension(build(null, false))).toThrow(/npm run build/);
    expect(() => preflightExtension(build({ manifest_version: 3 }, false))).toThrow(
      /service worker/,
    );
  });
});
