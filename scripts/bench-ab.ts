/**
 * npm run bench:ab -- OTHER_TREE [ROUNDS]
 *
 * Is this tree faster or slower than another checkout of Sävy (a worktree of main before a change, say)? Analyses
 * the bench's typical and hint-dense 1,000-word replies from cold, and a one-character edit in the 5,000-word ones
 * (incremental, as the writer types), in both trees, in alternating processes, ROUNDS times (default 5), and prints
 * each tree's median CPU time per analysis and the ratio. CPU time of the process, not
 * wall time, so that a busy machine's other work counts less; interleaving spreads what is left over both trees.
 * For a rule change: keep the ratio within 5 % (docs/benchmarks.md). Not a test: figures move between runs.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { BENCH_TEXTS } from './bench-texts';

const NAMES = ['fi 1,000 words, typical', 'en 1,000 words, typical', 'fi 1,000 words', 'en 1,000 words'] as const;
const EDITS = ['fi 5,000 words', 'en 5,000 words'] as const;
const RUNS = 300;
const EDIT_RUNS = 400;

if (process.argv[2] === '--child') {
  // In the tree given: its engine, the same texts.
  const tree = process.argv[3];
  const { Analyzer, compiledBundledRuleset } = await import(pathToFileURL(resolve(tree, 'lib/index.ts')).href);
  const { clearWordCaches } = await import(pathToFileURL(resolve(tree, 'lib/engine/compile.ts')).href);
  const rules = compiledBundledRuleset();
  const out: Record<string, number> = {};
  for (const name of NAMES) {
    const text = BENCH_TEXTS[name];
    for (let i = 0; i < 30; i++) {
      clearWordCaches(rules);
      new Analyzer(rules).analyze(text);
    }
    const before = process.cpuUsage();
    for (let i = 0; i < RUNS; i++) {
      clearWordCaches(rules);
      new Analyzer(rules).analyze(text);
    }
    out[name] = process.cpuUsage(before).user / 1000 / RUNS;
  }
  for (const name of EDITS) {
    // As `npm run bench` does: the reply, then a letter typed in its middle and taken out again, alternately.
    const text = BENCH_TEXTS[name];
    const at = Math.floor(text.length / 2);
    const edited = `${text.slice(0, at)}x${text.slice(at)}`;
    const analyzer = new Analyzer(rules);
    analyzer.analyze(text);
    for (let i = 0; i < 40; i++) analyzer.analyze(i % 2 === 0 ? edited : text);
    const before = process.cpuUsage();
    for (let i = 0; i < EDIT_RUNS; i++) analyzer.analyze(i % 2 === 0 ? edited : text);
    out[`one-character edit, ${name}`] = process.cpuUsage(before).user / 1000 / EDIT_RUNS;
  }
  process.stdout.write(JSON.stringify(out));
  process.exit(0);
}

const other = process.argv[2];
if (!other) {
  console.error('usage: npm run bench:ab -- OTHER_TREE [ROUNDS]');
  process.exit(2);
}
const here = fileURLToPath(new URL('..', import.meta.url));
const trees = { this: here, other: resolve(other) };
const rounds = Number(process.argv[3] ?? 5);
const times: Record<string, Record<string, number[]>> = { this: {}, other: {} };
for (let r = 0; r < rounds; r++) {
  for (const [label, tree] of Object.entries(trees)) {
    const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--child', tree], { encoding: 'utf8' });
    if (child.status !== 0) throw new Error(`${tree}: ${child.stderr}`);
    for (const [name, ms] of Object.entries(JSON.parse(child.stdout) as Record<string, number>)) (times[label][name] ??= []).push(ms);
  }
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`CPU time per cold analysis, median of ${rounds} rounds (this tree: ${here}; other: ${trees.other})\n`);
console.log('| reply | other | this | this / other |\n|---|---:|---:|---:|');
for (const name of [...NAMES, ...EDITS.map((n) => `one-character edit, ${n}`)]) {
  const a = median(times.other[name]);
  const b = median(times.this[name]);
  console.log(`| ${name} | ${a.toFixed(3)} ms | ${b.toFixed(3)} ms | ${(b / a).toFixed(2)} |`);
}
