/**
 * `npm run bench`: runs every `tests/bench/*.bench.ts` once, prints one table, and
 * writes BENCHMARKS.md with the figures, their targets and the machine they came from.
 * Figures are measured on each run, never copied.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Bench, BenchRow } from './types';

const here = path.dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);

function machine(): string[] {
  let chromium = 'not installed';
  try {
    chromium = execFileSync('/usr/bin/chromium', ['--version'], {
      stdio: ['ignore', 'pipe', 'ignore'],
    })
      .toString()
      .trim();
  } catch {
    // Browser figures are then missing, and say so.
  }
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  return [
    `- CPU: ${cpu}, ${os.cpus().length} cores; memory ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
    `- OS: ${os.type()} ${os.release()} (${os.arch()})`,
    `- Node ${process.version}; ${chromium}`,
    `- Run at ${new Date().toISOString()}`,
  ];
}

const format = (value: number) =>
  Number.isInteger(value)
    ? value.toLocaleString('en-US')
    : value.toLocaleString('en-US', { maximumFractionDigits: 2 });

function table(rows: { suite: string; row: BenchRow }[]): string[] {
  const lines = [
    '| suite | measure | value | target | meets |',
    '| --- | --- | ---: | --- | --- |',
  ];
  for (const { suite, row } of rows) {
    const meets = row.pass === undefined ? '' : row.pass ? 'yes' : '**no**';
    lines.push(
      `| ${suite} | ${row.name} | ${format(row.value)} ${row.unit} | ${row.target ?? ''} | ${meets} |`,
    );
  }
  return lines;
}

const CHANGES_HEADING = '## What each change bought';

/**
 * The hand-written account of what each change bought (its before/after figures were
 * measured when the change was made, so a new run must not erase them): everything from
 * its heading to the end of the previous BENCHMARKS.md, carried over as it is.
 */
function changesSection(file: string): string[] {
  if (!existsSync(file)) return [];
  const text = readFileSync(file, 'utf8');
  const at = text.indexOf(CHANGES_HEADING);
  return at < 0 ? [] : ['', ...text.slice(at).trimEnd().split('\n')];
}

async function main() {
  const files = readdirSync(here)
    .filter((f) => f.endsWith('.bench.ts'))
    .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
    .sort();
  const results: { suite: string; row: BenchRow }[] = [];
  const failures: string[] = [];
  for (const file of files) {
    const suite = file.replace(/\.bench\.ts$/, '');
    process.stdout.write(`bench ${suite} … `);
    const started = performance.now();
    try {
      const bench = (await import(pathToFileURL(path.join(here, file)).href)).default as Bench;
      const rows = await bench();
      for (const row of rows) results.push({ suite, row });
      console.log(
        `${rows.length} figures in ${((performance.now() - started) / 1000).toFixed(1)} s`,
      );
    } catch (error) {
      failures.push(`${suite}: ${error instanceof Error ? error.message : String(error)}`);
      console.log('failed');
    }
  }
  const lines = table(results);
  console.log(['', ...lines, ''].join('\n'));
  const missed = results.filter((r) => r.row.pass === false);
  const doc = [
    '# Benchmarks',
    '',
    'Written by `npm run bench` on the machine below; every figure is measured on that run.',
    '',
    '## Machine',
    ...machine(),
    '',
    '## Figures',
    ...lines,
    '',
    `${results.length} figures, ${missed.length} missing their target.`,
    ...(failures.length
      ? ['', '## Benches that failed to run', ...failures.map((f) => `- ${f}`)]
      : []),
  ];
  const target = path.join(here, '..', '..', 'BENCHMARKS.md');
  if (only.length === 0) writeFileSync(target, [...doc, ...changesSection(target), ''].join('\n'));
  if (failures.length) {
    console.error(failures.join('\n'));
    process.exitCode = 1;
  }
}

void main();
