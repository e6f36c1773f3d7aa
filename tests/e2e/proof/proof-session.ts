/**
 * A browser session for the proof tests: the demo CRM (its world on the real CRM hosts),
 * a proof server for pages the test writes itself (hosts Rung must leave alone, such as
 * crm.evil.example), and Chromium with the built extension plus optional extra args
 * (a second extension). Mirrors ../session.ts, which takes no extra hosts or args.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { demoUrl, type DemoCrm } from '../../demo-crm/data/paths';
import type { DemoWorld } from '../../demo-crm/data/types';
import { startDemoCrm, type DemoCrmServer } from '../../demo-crm/server';
import { copyBuild } from '../build-copy';
import { DEFAULT_EXTENSION_PATH, launchRung, type Rung } from '../harness';
import { EVIL_HOST, mergeEndpoints, startProofCrm, type ProofCrm } from './proof-crm';

export interface ProofSession {
  demo: DemoCrmServer;
  proof: ProofCrm;
  rung: Rung;
  world: DemoWorld;
  extensionPath: string;
  /** Opens a demo page in a new tab and waits for it to load. */
  open(crm: DemoCrm, path: string): Promise<Page>;
  /** Opens any URL (proof pages) in a new tab. */
  openUrl(url: string): Promise<Page>;
  close(): Promise<void>;
}

export interface ProofOptions {
  /** Hosts the proof server answers for (EVIL_HOST is always one). */
  hosts?: string[];
  /** Extra Chromium arguments, computed from the extension path Rung loads from. */
  args?: (extensionPath: string) => string[];
}

/**
 * A private copy of the build: other engineers rebuild .output while tests run, and a
 * build swapped out under a running browser fails with ERR_FILE_NOT_FOUND.
 */
export async function startProofSession(options: ProofOptions = {}): Promise<ProofSession> {
  // A private copy, retried while another suite is rebuilding `.output/` (build-copy.ts).
  const snapshot = await copyBuild(
    resolve(process.env.RUNG_EXTENSION_PATH ?? DEFAULT_EXTENSION_PATH),
  );
  const extensionPath = snapshot.path;
  const removeSnapshot = () => snapshot.remove();
  const demo = await startDemoCrm();
  const proof = await startProofCrm([EVIL_HOST, ...(options.hosts ?? [])]);
  let rung: Rung;
  try {
    rung = await launchRung({
      headless: process.env.RUNG_E2E_HEADED !== '1',
      extensionPath,
      // The proof server first: it answers for the hosts it was given.
      crm: mergeEndpoints(proof.endpoint, demo),
      // Load exactly this copy (later switches win over the harness's own pair), so
      // `extensionPath` is what Chromium runs whatever the harness does with its path.
      args: [
        `--disable-extensions-except=${extensionPath}`,
        `--load-extension=${extensionPath}`,
        ...(options.args?.(extensionPath) ?? []),
      ],
    });
  } catch (error) {
    await Promise.all([demo.close(), proof.close()]);
    removeSnapshot();
    throw error;
  }
  const openUrl = async (url: string) => {
    const page = await rung.context.newPage();
    const response = await page.goto(url);
    if (response?.status() !== 200) throw new Error(`${url} answered ${response?.status()}`);
    return page;
  };
  return {
    demo,
    proof,
    rung,
    world: demo.world,
    extensionPath,
    open: (crm, path) => openUrl(demoUrl(crm, path)),
    openUrl,
    async close() {
      try {
        await rung.close();
      } finally {
        await Promise.all([demo.close(), proof.close()]);
        removeSnapshot();
      }
    },
  };
}
