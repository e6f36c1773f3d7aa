/**
 * Each browser loads a private copy of the built extension. Other suites and other
 * engineers run `npm run build` on the same tree; a rebuild rewrites `.output/chrome-mv3`
 * and, under a running browser, the extension vanished mid-test (seen 2026-11-23). A copy
 * taken while a rebuild is half-way fails the preflight, so it is retried briefly.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { preflightExtension } from './preflight';

const ATTEMPTS = 4;
const PAUSE_MS = 1_500;

export async function copyBuild(builtPath: string): Promise<{ path: string; remove(): void }> {
  const dir = mkdtempSync(join(tmpdir(), 'rung-ext-'));
  const path = join(dir, 'chrome-mv3');
  const remove = () => rmSync(dir, { recursive: true, force: true });
  for (let attempt = 1; ; attempt += 1) {
    try {
      preflightExtension(builtPath);
      rmSync(path, { recursive: true, force: true });
      cpSync(builtPath, path, { recursive: true });
      preflightExtension(path);
      return { path, remove };
    } catch (error) {
      if (attempt >= ATTEMPTS) {
        remove();
        throw error;
      }
      await new Promise((done) => setTimeout(done, PAUSE_MS));
    }
  }
}
