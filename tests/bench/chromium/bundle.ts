/**
 * Bundles one browser-side bench entry (TypeScript importing lib/…) into a single IIFE
 * script with Vite's `build()` API, in memory. Vite comes with WXT, so the benches need
 * no extra dependency, and the code under test is the same source the extension ships.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Rollup } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** Returns the bundled JavaScript of `entry` (a path relative to the repository root). */
export async function bundleForBrowser(entry: string): Promise<string> {
  const result = await build({
    configFile: false,
    root,
    logLevel: 'silent',
    resolve: { alias: { '@': root } },
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      write: false,
      minify: true,
      // Same target as the extension's build: modern Chromium.
      target: 'es2022',
      lib: { entry: path.join(root, entry), formats: ['iife'], name: 'RungBenchEntry' },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rollup.RollupOutput[];
  const chunk = outputs.flatMap((o) => o.output).find((o) => o.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error(`Vite produced no script for ${entry}`);
  return chunk.code;
}
