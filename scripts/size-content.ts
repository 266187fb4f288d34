/**
 * npx tsx scripts/size-content.ts [--all]
 *
 * Where the content script's bytes go. Builds the coach content script alone, with source maps, into a temporary
 * folder (the extension in .output is left alone), and gives each byte of the minified content-scripts/coach.js to
 * the source file it was made from. Prints the whole file as the budget test measures it (gzip level 9,
 * tests/e2e/coach-rules.test.ts: at most 60 KB) and, per source file, its minified bytes and those bytes gzipped
 * on their own: a share, not an exact part (gzip shares its dictionary across files, so the parts add up to a
 * little more than the whole). The 30 largest files, or all of them with --all. The build with maps comes within a
 * few dozen bytes of `npx wxt build`'s; the budget test's figure is the one that counts.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer, type RawSourceMap } from 'source-map-js';
import { build } from 'wxt';

const ROOT = process.cwd();
const out = mkdtempSync(join(tmpdir(), 'savy-size-'));
try {
  await build({ outDir: out, filterEntrypoints: ['coach'], vite: () => ({ build: { sourcemap: true } }) });
  const file = join(out, 'chrome-mv3/content-scripts/coach.js');
  const code = readFileSync(file, 'utf8');
  const map = new SourceMapConsumer(JSON.parse(readFileSync(`${file}.map`, 'utf8')) as RawSourceMap);
  const lines = code.split('\n');
  // Mappings in the order of the generated code: each one owns the text up to the next on its line.
  const mappings: { line: number; column: number; source: string | null }[] = [];
  map.eachMapping(
    (m) => mappings.push({ line: m.generatedLine, column: m.generatedColumn, source: m.source }),
    null,
    SourceMapConsumer.GENERATED_ORDER,
  );
  const parts = new Map<string, string[]>();
  mappings.forEach((m, i) => {
    const next = mappings[i + 1];
    const line = lines[m.line - 1] ?? '';
    const text = line.slice(m.column, next?.line === m.line ? next.column : line.length);
    const name = m.source ? relative(ROOT, m.source).replace(/^.*node_modules\//, 'node_modules/') : '(no source)';
    parts.set(name, [...(parts.get(name) ?? []), text]);
  });
  const rows = [...parts].map(([name, texts]) => {
    const text = texts.join('');
    return { name, raw: text.length, gzip: gzipSync(text, { level: 9 }).length };
  });
  rows.sort((a, b) => b.gzip - a.gzip);
  const whole = Buffer.from(code.replace(/\n\/\/# sourceMappingURL=.*\s*$/, ''));
  const kb = (n: number) => `${(n / 1024).toFixed(2)} KB`;
  console.log(`content-scripts/coach.js: ${kb(whole.length)}, ${kb(gzipSync(whole, { level: 9 }).length)} gzipped (budget 60 KB)\n`);
  console.log('  gzipped   minified  source');
  for (const r of process.argv.includes('--all') ? rows : rows.slice(0, 30)) {
    console.log(`${kb(r.gzip).padStart(9)}  ${kb(r.raw).padStart(9)}  ${r.name}`);
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
