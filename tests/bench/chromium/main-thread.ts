/**
 * Rung's share of a page's main thread, from Chromium itself: the V8 sampling profiler
 * (CDP `Profiler`) says which samples ran Rung's content script (any frame from
 * `chrome-extension://<id>/` on the stack, so DOM calls Rung makes count as Rung's), and
 * a `devtools.timeline` trace gives the renderer's tasks (`RunTask`). A task "caused by
 * Rung" is a main-thread task during which Rung's code was sampled. Both clocks are
 * Chromium's monotonic TimeTicks in microseconds, so the two line up.
 */
import type { CDPSession } from 'playwright-core';

interface ProfileNode {
  id: number;
  callFrame: { url: string; functionName: string; lineNumber?: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  samples?: number[];
  timeDeltas?: number[];
}
interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

export interface MainThreadFigures {
  /** Sampled time with Rung's code on the stack, ms. */
  rungMs: number;
  /** The longest main-thread task in which Rung's code ran, ms (0 when none). */
  longestTaskMs: number;
  /** Rung's sampled time inside that task, ms. */
  rungInLongestTaskMs: number;
  /** What filled that task: the biggest trace events inside it, e.g. "Layout 412 ms". */
  longestTaskBreakdown: string;
  /** Style, layout and paint work of the page's main thread over the whole recording, ms. */
  renderingMs: number;
}

/** The browser's own rendering steps in a devtools.timeline trace (siblings, not nested). */
const RENDERING = new Set(['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint']);

export interface Recording {
  stop(): Promise<MainThreadFigures>;
}

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel'];

export async function recordMainThread(session: CDPSession, urlPrefix: string): Promise<Recording> {
  const events: TraceEvent[] = [];
  session.on('Tracing.dataCollected', (e) => {
    // The protocol types trace events as plain objects; these fields are always present.
    events.push(...(e.value as unknown as TraceEvent[]));
  });
  await session.send('Profiler.enable');
  // 100 µs sampling: Rung's tasks are a few ms, the default 1 ms would be too coarse.
  await session.send('Profiler.setSamplingInterval', { interval: 100 });
  await session.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: CATEGORIES },
  });
  await session.send('Profiler.start');
  return {
    async stop() {
      const { profile } = (await session.send('Profiler.stop')) as { profile: CpuProfile };
      const complete = new Promise<void>((resolve) =>
        session.once('Tracing.tracingComplete', () => resolve()),
      );
      await session.send('Tracing.end');
      await complete;
      return analyse(profile, events, urlPrefix);
    },
  };
}

/** Time spans (µs) of the samples that ran Rung's code. */
export function rungSpans(profile: CpuProfile, urlPrefix: string): [number, number][] {
  const parent = new Map<number, number>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const isRung = new Map<number, boolean>();
  const rung = (id: number): boolean => {
    const known = isRung.get(id);
    if (known !== undefined) return known;
    const own = byId.get(id)?.callFrame.url.startsWith(urlPrefix) ?? false;
    const up = parent.get(id);
    const value = own || (up !== undefined && rung(up));
    isRung.set(id, value);
    return value;
  };
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const spans: [number, number][] = [];
  let t = profile.startTime;
  for (let i = 0; i < samples.length; i++) {
    t += deltas[i] ?? 0;
    const next = t + (deltas[i + 1] ?? 0);
    if (rung(samples[i] as number)) spans.push([t, next]);
  }
  return spans;
}

export function analyse(
  profile: CpuProfile,
  events: TraceEvent[],
  urlPrefix: string,
): MainThreadFigures {
  const spans = rungSpans(profile, urlPrefix);
  const rungUs = spans.reduce((sum, [a, b]) => sum + (b - a), 0);
  if (process.env.RUNG_BENCH_HOTSPOTS) {
    console.log(hotspots(profile, urlPrefix));
    // The rendering steps over 5 ms, in order: how many times the CRM's table was laid out.
    const start = profile.startTime;
    console.log(
      events
        .filter((e) => e.ph === 'X' && RENDERING.has(e.name) && (e.dur ?? 0) > 5000)
        .sort((a, b) => a.ts - b.ts)
        .map(
          (e) =>
            `  +${Math.round((e.ts - start) / 1000)} ms ${e.name} ${Math.round((e.dur ?? 0) / 1000)} ms`,
        )
        .join('\n'),
    );
  }
  const mainThreads = new Set(
    events
      .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const tasks = events.filter(
    (e) => e.name === 'RunTask' && e.ph === 'X' && mainThreads.has(`${e.pid}:${e.tid}`),
  );
  let longest: TraceEvent | null = null;
  let rungInLongestUs = 0;
  for (const task of tasks) {
    const end = task.ts + (task.dur ?? 0);
    const inside = spans.filter(([a]) => a >= task.ts && a < end);
    if (inside.length === 0 || (task.dur ?? 0) <= (longest?.dur ?? 0)) continue;
    longest = task;
    rungInLongestUs = inside.reduce((sum, [a, b]) => sum + (Math.min(b, end) - a), 0);
  }
  const longestUs = longest?.dur ?? 0;
  const renderingUs = events
    .filter((e) => e.ph === 'X' && RENDERING.has(e.name) && mainThreads.has(`${e.pid}:${e.tid}`))
    .reduce((sum, e) => sum + (e.dur ?? 0), 0);
  return {
    renderingMs: renderingUs / 1000,
    longestTaskBreakdown: longest ? breakdown(longest, events) : '',
    rungMs: rungUs / 1000,
    longestTaskMs: longestUs / 1000,
    rungInLongestTaskMs: rungInLongestUs / 1000,
  };
}

/** The three event kinds that took longest inside `task` on its thread (time summed per name). */
function breakdown(task: TraceEvent, events: TraceEvent[]): string {
  const end = task.ts + (task.dur ?? 0);
  const totals = new Map<string, number>();
  for (const e of events) {
    if (e.ph !== 'X' || e.pid !== task.pid || e.tid !== task.tid) continue;
    if (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') continue;
    if (e.ts < task.ts || e.ts >= end) continue;
    totals.set(e.name, (totals.get(e.name) ?? 0) + (e.dur ?? 0));
  }
  return [...totals]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([name, us]) => `${name} ${Math.round(us / 1000)} ms`)
    .join(', ');
}

/**
 * Where Rung's sampled time went, by the function on top of the stack (a DOM call Rung
 * made shows as the native function): for finding what to make faster, printed when
 * RUNG_BENCH_HOTSPOTS is set. Names are readable in a `RUNG_UNMINIFIED=1` build.
 */
function hotspots(profile: CpuProfile, urlPrefix: string, top = 15): string {
  const spans = new Map<number, number>();
  const rungSamples = new Set(
    rungSpans(profile, urlPrefix).map(([a]) => a), // sample start times that ran Rung
  );
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let t = profile.startTime;
  for (let i = 0; i < samples.length; i++) {
    t += deltas[i] ?? 0;
    if (!rungSamples.has(t)) continue;
    const id = samples[i] as number;
    spans.set(id, (spans.get(id) ?? 0) + (deltas[i + 1] ?? 0));
  }
  const parent = new Map<number, number>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id);
  const nameOf = (id: number) => {
    const frame = byId.get(id)?.callFrame;
    const file = frame?.url.startsWith(urlPrefix) ? frame.url.slice(urlPrefix.length) : '';
    return `${frame?.functionName || '(anonymous)'}${file ? ` ${file}:${frame?.lineNumber ?? ''}` : ''}`;
  };
  const byName = new Map<string, number>();
  for (const [id, us] of spans) {
    // The function and its two callers: a native DOM call says little without them.
    const up = parent.get(id);
    const upper = up === undefined ? undefined : parent.get(up);
    const name = [id, up, upper]
      .filter((n): n is number => n !== undefined)
      .map(nameOf)
      .join(' ← ');
    byName.set(name, (byName.get(name) ?? 0) + us);
  }
  return [...byName]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([name, us]) => `  ${(us / 1000).toFixed(1).padStart(7)} ms  ${name}`)
    .join('\n');
}
