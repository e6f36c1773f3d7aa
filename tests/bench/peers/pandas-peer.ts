/**
 * Runs the pandas peer (classify-pandas.py) on the same generated account classifyAll
 * classifies, and checks that both sides reached the same stage, category, number of
 * flags and subgroup for every customer: a peer that disagreed would not be running the
 * same rules, and its time would mean nothing.
 *
 * pandas comes from Debian's python3-pandas, run by /usr/bin/python3 (a python3 earlier
 * on PATH may be another install without pandas). Without it the peer is reported
 * missing, with the reason, and the rest of the bench runs.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Profile } from '../../../lib/domain/profile';
import type { Classification } from '../../../lib/segmentation/types';

export const PYTHON = '/usr/bin/python3';
const script = path.join(path.dirname(fileURLToPath(import.meta.url)), 'classify-pandas.py');

export interface PandasRun {
  ms: number;
  /** CPU time of the same run (less disturbed than wall time by other processes). */
  cpuMs: number;
  pandas: string;
  /** Customers on which pandas and classifyAll disagree (stage, category, flags or subgroup). */
  disagreements: number;
  /** The first few, for the message when there are any. */
  examples: string[];
}

/** Why pandas cannot run here, or null when it can. */
export function pandasMissing(): string | null {
  try {
    execFileSync(PYTHON, ['-c', 'import pandas'], { stdio: 'ignore' });
    return null;
  } catch {
    return `pandas peer not run: ${PYTHON} cannot import pandas (apt-get install python3-pandas)`;
  }
}

const csvNumber = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? String(v) : '');
const csvText = (v: unknown) => (typeof v === 'string' ? JSON.stringify(v) : '');

function writeAccount(folder: string, profiles: readonly Profile[]): void {
  const customers = ['customer,crm,account,tickets,referrals,nps,latePayments,openDealAmount'];
  const orders = ['customer,id,placedAt,total,currency,status,discount,refunded'];
  profiles.forEach((p, c) => {
    customers.push(
      [
        c,
        csvText(p.key.crm),
        csvText(p.key.account),
        csvNumber(p.tickets),
        csvNumber(p.referrals),
        csvNumber(p.nps),
        csvNumber(p.latePayments),
        csvNumber(p.openDealAmount),
      ].join(','),
    );
    for (const o of p.orders ?? []) {
      orders.push(
        [
          c,
          csvText(o.id),
          csvText(o.placedAt),
          csvNumber(o.total),
          csvText(o.currency),
          csvText(o.status),
          csvNumber(o.discount),
          csvNumber(o.refunded),
        ].join(','),
      );
    }
  });
  writeFileSync(path.join(folder, 'customers.csv'), customers.join('\n') + '\n');
  writeFileSync(path.join(folder, 'orders.csv'), orders.join('\n') + '\n');
}

function compare(folder: string, ours: readonly Classification[]): [number, string[]] {
  const lines = readFileSync(path.join(folder, 'pandas-results.csv'), 'utf8').trim().split('\n');
  const header = (lines[0] ?? '').split(',');
  const col = (name: string) => header.indexOf(name);
  const [iC, iS, iCat, iF, iSub] = ['customer', 'stage', 'category', 'flags', 'subgroup'].map(col);
  let bad = 0;
  const examples: string[] = [];
  for (const line of lines.slice(1)) {
    const cells = line.split(',');
    const c = Number(cells[iC as number]);
    const mine = ours[c];
    const theirs = {
      stage: cells[iS as number],
      category: cells[iCat as number],
      flags: Number(cells[iF as number]),
      subgroup: cells[iSub as number] || null,
    };
    if (
      !mine ||
      mine.stage !== theirs.stage ||
      mine.category !== theirs.category ||
      mine.flags.length !== theirs.flags ||
      mine.subgroup !== theirs.subgroup
    ) {
      bad++;
      if (examples.length < 3)
        examples.push(
          `customer ${c}: classifyAll ${mine?.stage}/${mine?.category}/${mine?.flags.length}/${mine?.subgroup}, pandas ${theirs.stage}/${theirs.category}/${theirs.flags}/${theirs.subgroup}`,
        );
    }
  }
  if (lines.length - 1 !== ours.length) bad += Math.abs(lines.length - 1 - ours.length);
  return [bad, examples];
}

/** Writes the account, runs pandas on it (best of three inside Python), compares results. */
export function runPandasPeer(
  profiles: readonly Profile[],
  asOf: string,
  ours: readonly Classification[],
): PandasRun {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'rung-pandas-'));
  try {
    writeAccount(folder, profiles);
    const out = execFileSync(PYTHON, [script, folder, asOf], {
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 16 * 1024 * 1024,
    }).toString();
    const timing = JSON.parse(out.trim().split('\n').pop() ?? '{}') as {
      ms: number;
      cpuMs: number;
      pandas: string;
    };
    const [disagreements, examples] = compare(folder, ours);
    return { ...timing, disagreements, examples };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
