/**
 * npm run bench [-- --write]
 *
 * Sävy's engine speed on this machine, with its peers measured in the same run: full analysis of a 1,000-
 * and a 5,000-word reply (Finnish and English), re-analysis after a one-character edit in the 5,000-word
 * reply, and alex and write-good on the same English texts. Figures are medians and 95th percentiles; the
 * peers are reported as ratios of their time to ours. --write records the figures in docs/benchmarks.md.
 *
 * Each measurement runs in its own process. Budgets (issue 2): 1,000 words < 2 ms median; one-character edit in 5,000 words < 0.5 ms median;
 * at least 20× the throughput of alex.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { text as alex } from 'alex';
import writeGood from 'write-good';
import { Analyzer, compiledBundledRuleset } from '../lib/index';
import { clearWordCaches } from '../lib/engine/compile';
import { BENCH_TEXTS } from './bench-texts';

interface Stats {
  median: number;
  p95: number;
}

/** Median and p95 of `runs` timed calls of fn; `before` runs untimed before each. */
function measure(fn: () => void, runs: number, before?: () => void): Stats {
  for (let i = 0; i < Math.min(20, runs); i++) {
    before?.();
    fn();
  }
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    before?.();
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(runs / 2)], p95: times[Math.min(runs - 1, Math.floor(runs * 0.95))] };
}

const rules = compiledBundledRuleset();
const texts = BENCH_TEXTS;

/**
 * Every measurement runs in a process of its own (this script with --only KEY), so that one text's JIT and
 * heap state does not colour the next one's figures; they still all run in this one `npm run bench`.
 */
type Job = { key: string; run: () => Stats & { note?: string } };
const jobs: Job[] = [];
for (const [name, text] of Object.entries(texts)) {
  jobs.push({
    key: `Sävy full analysis, ${name}`,
    run: () => {
      const hints = new Analyzer(rules).analyze(text).hints.length;
      // From cold: the engine keeps what it worked out per word, so each run first forgets every word.
      const cold = () => clearWordCaches(rules);
      return { ...measure(() => new Analyzer(rules).analyze(text), text.length > 20_000 ? 60 : 300, cold), note: `${hints} hints` };
    },
  });
}
for (const lang of ['fi', 'en'] as const) {
  jobs.push({
    key: `Sävy one-character edit, ${lang} 5,000 words`,
    run: () => {
      const text = texts[`${lang} 5,000 words`];
      const analyzer = new Analyzer(rules);
      analyzer.analyze(text);
      let n = 0;
      const stats = measure(() => {
        // Type one character in the middle, then the next keystroke deletes it again.
        const at = Math.floor(text.length / 2);
        analyzer.analyze(n++ % 2 === 0 ? `${text.slice(0, at)}x${text.slice(at)}` : text);
      }, 400);
      return { ...stats, note: 'incremental' };
    },
  });
}
const PEER_TEXTS = ['en 1,000 words', 'en 5,000 words', 'en 1,000 words, typical'] as const;
for (const name of PEER_TEXTS) {
  const runs = name.startsWith('en 1') ? 30 : 8;
  jobs.push({ key: `alex, ${name}`, run: () => measure(() => alex(texts[name]), runs) });
  jobs.push({ key: `write-good, ${name}`, run: () => measure(() => writeGood(texts[name]), runs) });
}

const only = process.argv.indexOf('--only');
if (only >= 0) {
  const job = jobs.find((j) => j.key === process.argv[only + 1]);
  if (!job) throw new Error(`no measurement named ${process.argv[only + 1]}`);
  process.stdout.write(JSON.stringify(job.run()));
  process.exit(0);
}

const results = new Map<string, Stats & { note?: string }>();
for (const job of jobs) {
  const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--only', job.key], { encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`${job.key}: ${child.stderr}`);
  results.set(job.key, JSON.parse(child.stdout));
}
const full: Record<string, Stats> = {};
for (const name of Object.keys(texts)) full[name] = results.get(`Sävy full analysis, ${name}`)!;
const peers: Record<string, Record<string, Stats>> = { alex: {}, 'write-good': {} };
for (const name of PEER_TEXTS) {
  peers.alex[name] = results.get(`alex, ${name}`)!;
  peers['write-good'][name] = results.get(`write-good, ${name}`)!;
}
const rows: [string, Stats, string][] = jobs.map(({ key }) => {
  const r = results.get(key)!;
  const peer = /^(alex|write-good), (.*)$/.exec(key);
  const note = peer ? `${(r.median / full[peer[2]].median).toFixed(1)}× Sävy's time` : (r.note ?? '');
  return [key, r, note];
});

const ms = (x: number) => `${x.toFixed(3)} ms`;
const table = [
  '| measurement | median | p95 | note |',
  '|---|---:|---:|---|',
  ...rows.map(([name, s, note]) => `| ${name} | ${ms(s.median)} | ${ms(s.p95)} | ${note} |`),
].join('\n');

const edit5k = rows.find(([n]) => n.startsWith('Sävy one-character edit, fi'))![1];
const alexRatio = peers.alex['en 1,000 words'].median / full['en 1,000 words'].median;
const alexTypical = peers.alex['en 1,000 words, typical'].median / full['en 1,000 words, typical'].median;
const worst = (...names: (keyof typeof texts)[]) => Math.max(...names.map((n) => full[n].median));
const budgets = [
  [
    `1,000-word reply, full analysis < 2 ms median: typical reply (${worst('fi 1,000 words, typical', 'en 1,000 words, typical').toFixed(2)} ms)`,
    worst('fi 1,000 words, typical', 'en 1,000 words, typical') < 2,
  ],
  [
    `1,000-word reply, full analysis < 2 ms median: hint-dense reply (${worst('fi 1,000 words', 'en 1,000 words').toFixed(2)} ms)`,
    worst('fi 1,000 words', 'en 1,000 words') < 2,
  ],
  [`one-character edit in a 5,000-word reply < 0.5 ms median (${edit5k.median.toFixed(2)} ms)`, edit5k.median < 0.5],
  [`throughput ≥ 20× alex: typical reply (${alexTypical.toFixed(0)}×)`, alexTypical >= 20],
  [`throughput ≥ 20× alex: hint-dense reply (${alexRatio.toFixed(0)}×)`, alexRatio >= 20],
] as const;
const machine = `${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;

console.log(`Sävy engine benchmark — ${new Date().toISOString().slice(0, 10)} — ${machine}\n`);
console.log(table);
console.log('\nBudgets:');
for (const [what, ok] of budgets) console.log(`  ${ok ? '✓' : '✗'} ${what}`);

if (process.argv.includes('--write')) {
  // Only the engine section (between the markers) is rewritten; other sections of the file stay.
  const path = new URL('../docs/benchmarks.md', import.meta.url);
  const START = '<!-- engine:start -->';
  const END = '<!-- engine:end -->';
  const section = `${START}
## Engine (\`npm run bench\`)

Measured on ${new Date().toISOString().slice(0, 10)}, on ${machine}. Peers are measured in the same run on the
same English texts; ratios compare medians. The replies are generated from realistic reply sentences, many of
them with tone problems (so a hint-dense worst case), never repeating a line; not taken from any corpus. Full
analyses are timed from cold: before each run the engine forgets every word it had worked out.

${table}

Budgets:
${budgets.map(([what, ok]) => `- ${ok ? '✓' : '✗'} ${what}`).join('\n')}
${END}`;
  const old = existsSync(path) ? readFileSync(path, 'utf8') : '# Benchmarks\n';
  const doc = old.includes(START) ? old.replace(new RegExp(`${START}[\\s\\S]*?${END}`), section) : `${old.trimEnd()}\n\n${section}\n`;
  writeFileSync(path, doc);
  console.log('\nwrote the engine section of docs/benchmarks.md');
}
