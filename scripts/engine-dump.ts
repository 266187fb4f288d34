/**
 * npx tsx scripts/engine-dump.ts [--shard K/N] > dump.txt
 *
 * Everything the engine returns, for a speed change that must not change behaviour: dump on the tree before and
 * after, and require the two files to be the same byte for byte. For every text of tests/fixtures/*.jsonl (each
 * distinct `text`) and the bench's texts, analysed as detected and forced to fi, en and sv: the language, the
 * steps, the weak cues and weak steps, every hint as the analyser returns it (with its draft: span, match, the
 * rewrites that fit), the rewrites offered and refused (and why), the model sentence, and the matcher's step
 * count. The bench's texts are also analysed cold and after one-character edits on one Analyzer (the typing path).
 * --shard K/N dumps every Nth text from the Kth (0-based), so that two processes can share the work.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { Analyzer, compiledBundledRuleset, type Analysis, type Language } from '../lib/index';
import { clearWordCaches } from '../lib/engine/compile';
import { draftOf, weakSteps } from '../lib/engine/analyze';
import { offerRewrites, withRewrites } from '../lib/rewrite/check';
import { vmStats } from '../lib/pattern/match';
import { BENCH_TEXTS } from './bench-texts';

const rules = compiledBundledRuleset();
const LANGS: (Language | 'auto')[] = ['auto', 'fi', 'en', 'sv'];
const out: string[] = [];
const write = (s: string) => {
  out.push(s);
  if (out.length >= 2000) flush();
};
const flush = () => {
  if (out.length) process.stdout.write(`${out.join('\n')}\n`);
  out.length = 0;
};

/** One analysis, as text: what the analyser returned, then with rewrites offered. */
function dump(label: string, text: string, analysis: Analysis, steps: number): void {
  write(`## ${label} language=${analysis.language} vmSteps=${steps}`);
  write(`steps ${JSON.stringify(analysis.steps)}`);
  write(`weakCues ${JSON.stringify(analysis.weakCues ?? null)} weakSteps ${JSON.stringify(weakSteps(analysis))}`);
  for (const h of analysis.hints) {
    write(`hint ${JSON.stringify(h)}`);
    const ref = draftOf(h);
    if (ref) {
      const d = ref.draft;
      write(
        `  draft ${JSON.stringify({
          lineStart: ref.lineStart,
          rule: d.rule.id,
          language: d.language,
          sentence: [d.sentence.start, d.sentence.end, d.sentence.tokens.length],
          sentences: d.sentences.map((s) => [s.start, s.end, s.tokens.length]),
          match: d.match,
          matchStart: d.matchStart,
          matchEnd: d.matchEnd,
          start: d.start,
          end: d.end,
          candidates: d.candidates.map((c) => [c.kind, c.index, c.replaces, c.text ?? null]),
          lineResult: d.lineResult
            ? { steps: d.lineResult.steps, cues: d.lineResult.cues, hints: d.lineResult.hints.map((x) => [x.rule.id, x.start, x.end]) }
            : null,
        })}`,
      );
      const before = vmStats.steps;
      const offer = offerRewrites(h, text, analysis, rules);
      write(`  offer ${JSON.stringify(offer)} vmSteps=${vmStats.steps - before}`);
    }
  }
  const before = vmStats.steps;
  const full = withRewrites(text, analysis, rules);
  write(`withRewrites ${JSON.stringify(full.hints)} vmSteps=${vmStats.steps - before}`);
}

function analyseAll(label: string, text: string): void {
  for (const lang of LANGS) {
    const before = vmStats.steps;
    const analysis = new Analyzer(rules, { lang }).analyze(text);
    dump(`${label} lang=${lang}`, text, analysis, vmStats.steps - before);
  }
}

const shardArg = process.argv.indexOf('--shard');
const [shard, shards] = shardArg >= 0 ? process.argv[shardArg + 1].split('/').map(Number) : [0, 1];

const dir = new URL('../tests/fixtures/', import.meta.url);
const texts: [string, string][] = [];
const seen = new Set<string>();
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith('.jsonl'))
  .sort()) {
  const lines = readFileSync(new URL(file, dir), 'utf8').split('\n');
  lines.forEach((line, n) => {
    if (!line.trim()) return;
    const text = (JSON.parse(line) as { text?: unknown }).text;
    if (typeof text !== 'string' || seen.has(text)) return;
    seen.add(text);
    texts.push([`${file}:${n + 1}`, text]);
  });
}
for (const [name, text] of Object.entries(BENCH_TEXTS)) texts.push([`bench ${name}`, text]);

let k = 0;
for (const [label, text] of texts) {
  if (k++ % shards !== shard) continue;
  analyseAll(label, text);
}

// The typing path: the bench's texts from cold, then one-character edits on the same Analyzer (as `npm run bench`
// and bench:ab type: a letter in the middle and taken out again, and a few more), as detected and forced.
if (shard === 0) {
  for (const [name, text] of Object.entries(BENCH_TEXTS)) {
    for (const lang of LANGS) {
      clearWordCaches(rules);
      const analyzer = new Analyzer(rules, { lang });
      const at = Math.floor(text.length / 2);
      const edits = [
        text,
        `${text.slice(0, at)}x${text.slice(at)}`,
        text,
        `${text.slice(0, 10)}a${text.slice(10)}`,
        `${text.slice(0, 10)}a${text.slice(10, at)}!${text.slice(at)}`,
        `${text.slice(0, 10)}a${text.slice(10, at)}!${text.slice(at, -5)}${text.slice(-4)}`,
        `${text.slice(0, at)}\n${text.slice(at)}`,
        text,
      ];
      edits.forEach((edited, n) => {
        const before = vmStats.steps;
        const analysis = analyzer.analyze(edited);
        dump(`typing ${name} lang=${lang} edit=${n}`, edited, analysis, vmStats.steps - before);
      });
    }
  }
}
flush();
