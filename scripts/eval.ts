/**
 * npm run eval -- CORPUS.jsonl [--check] [--verbose] [--lang fi] [--verdicts FILE]
 *
 * Measures the bundled rules on a labelled corpus: per language and category, precision and recall of the
 * categories a reply is hinted with (a reply counts once per category), and per step the share of replies
 * whose step is judged as labelled, and per language the share of clean replies (no category labelled) that get
 * any hint. --check exits 1 below precision 0.85, recall 0.75 or step accuracy 0.9 overall, or when any offered
 * rewrite is mechanically unsound; it exits 2, measuring nothing, when a line is not a corpus row (scripts/eval-rows.ts
 * names the file, line and field). --verbose lists every miss and false alarm, for tuning, and every rewrite the
 * checker kept back.
 *
 * Rewrites: how many are offered, how many the checker kept back and why, and the share of offered ones that
 * read right once applied (lib/rewrite/soundness.ts); with readers' verdicts (--verdicts, default
 * tests/fixtures/rewrite-verdicts.jsonl when present: {id, ruleId, after, verdict: good|ok|broken} per line),
 * the share judged good or ok.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { analyze, Analyzer, bundledRuleset, CATEGORY_IDS, compiledBundledRuleset, offerRewrites, STEP_IDS } from '../lib/index';
import { appliedRewrites, soundnessProblems } from '../lib/rewrite/soundness';
import { problemReport, readCorpusRows } from './eval-rows';

const THRESHOLDS = { precision: 0.85, recall: 0.75, steps: 0.9 };

const { values, positionals } = parseArgs({
  options: { check: { type: 'boolean' }, verbose: { type: 'boolean' }, lang: { type: 'string' }, verdicts: { type: 'string' } },
  allowPositionals: true,
});
const path = positionals[0];
if (!path) {
  console.error('usage: npm run eval -- CORPUS.jsonl [--check] [--verbose] [--lang fi|en|sv]');
  process.exit(2);
}
if (!existsSync(path)) {
  console.log(`eval: ${path} not found; skipping the evaluation (it needs the labelled corpus beside the clone).`);
  process.exit(0);
}

const read = readCorpusRows(path, readFileSync(path, 'utf8'));
if (read.problems.length) {
  // Nothing is measured on part of a file: a row that cannot be read would only skew the figures.
  console.error(`eval: ${path} has ${read.problems.length} line(s) that are not corpus rows:\n${problemReport(read.problems)}`);
  process.exit(2);
}
const rows = read.rows.filter((r) => !values.lang || r.lang === values.lang);

type Counts = { tp: number; fp: number; fn: number };
const cat = new Map<string, Counts>();
const steps = new Map<string, { right: number; all: number }>();
let langRight = 0;
/** Clean replies (no category labelled) per language, and how many of them got a hint. */
const clean = new Map<string, { all: number; flagged: number }>();
const bump = (key: string, field: keyof Counts) => {
  const c = cat.get(key) ?? { tp: 0, fp: 0, fn: 0 };
  c[field]++;
  cat.set(key, c);
};

const compiled = compiledBundledRuleset();
const doubleNegative = new Set(
  bundledRuleset()
    .rules.filter((r) => r.doubleNegative)
    .map((r) => r.id),
);
const rewrites = {
  offered: 0,
  sound: 0,
  refused: 0,
  why: new Map<string, number>(),
  models: 0,
  modelsInsertable: 0,
  byLang: new Map<string, number>(),
};
const offeredRewrites: { id: string; ruleId: string; after: string }[] = [];

for (const row of rows) {
  const a = analyze(row.text);
  // Rewrites: those the checker kept back (read from the uncheck analysis), and those offered, applied.
  const raw = new Analyzer(compiled).analyze(row.text);
  for (const h of raw.hints) {
    const offer = offerRewrites(h, row.text, raw, compiled);
    for (const r of offer.refused) {
      rewrites.refused++;
      for (const w of r.why) rewrites.why.set(w, (rewrites.why.get(w) ?? 0) + 1);
      if (values.verbose && r.text !== '') console.log(`KEPT BACK ${row.id} ${h.ruleId} "${h.text}" → "${r.text}": ${r.detail.join('; ')}`);
    }
    if (offer.model) {
      rewrites.models++;
      if (offer.model.replaces) rewrites.modelsInsertable++;
    }
  }
  for (const applied of appliedRewrites(row.text, a)) {
    rewrites.offered++;
    rewrites.byLang.set(a.language, (rewrites.byLang.get(a.language) ?? 0) + 1);
    offeredRewrites.push({ id: row.id, ruleId: applied.hint.ruleId, after: applied.paragraphAfter });
    const problems = soundnessProblems(row.text, a, applied, (t) => analyze(t, { lang: a.language }), {
      doubleNegative: doubleNegative.has(applied.hint.ruleId),
    });
    if (!problems.length) rewrites.sound++;
    else console.log(`UNSOUND ${row.id} ${applied.hint.ruleId} "${applied.hint.text}" → "${applied.replacement}": ${problems.join('; ')}`);
  }
  if (a.language === row.lang) langRight++;
  else if (values.verbose) console.log(`LANG ${row.id}: detected ${a.language}`);
  const found = new Set(a.hints.map((h) => h.category));
  if (row.categories.length === 0) {
    for (const key of [row.lang, 'all']) {
      const c = clean.get(key) ?? { all: 0, flagged: 0 };
      c.all++;
      if (a.hints.length) c.flagged++;
      clean.set(key, c);
    }
  }
  for (const c of CATEGORY_IDS) {
    const want = row.categories.includes(c);
    const got = found.has(c);
    for (const key of [`${row.lang}/${c}`, `all/${c}`, `${row.lang}/*`, 'all/*']) {
      if (want && got) bump(key, 'tp');
      else if (got) bump(key, 'fp');
      else if (want) bump(key, 'fn');
    }
    if (values.verbose && want !== got) {
      const hint = a.hints
        .filter((h) => h.category === c)
        .map((h) => `"${h.text}" (${h.ruleId})`)
        .join(', ');
      console.log(`${got ? 'FALSE ALARM' : 'MISSED'} ${row.id} ${c} ${hint}`);
    }
  }
  for (const s of STEP_IDS) {
    for (const key of [`${row.lang}/${s}`, `all/${s}`, `${row.lang}/*`, 'all/*']) {
      const v = steps.get(key) ?? { right: 0, all: 0 };
      v.all++;
      if (a.steps[s] === row.steps[s]) v.right++;
      steps.set(key, v);
    }
    if (values.verbose && a.steps[s] !== row.steps[s]) console.log(`STEP ${row.id} ${s}: got ${a.steps[s]}, labelled ${row.steps[s]}`);
  }
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
const fmt = (x: number) => x.toFixed(2);
const langs = ['fi', 'en', 'sv', 'all'];
console.log(`\nSävy eval on ${path}: ${rows.length} replies; language detected right in ${langRight}/${rows.length}\n`);
console.log(`category               ${langs.map((l) => `${l.padEnd(3)} P    R   `).join(' ')}`);
for (const c of [...CATEGORY_IDS, '*']) {
  const cells = langs.map((l) => {
    const k = cat.get(`${l}/${c}`) ?? { tp: 0, fp: 0, fn: 0 };
    return `${fmt(ratio(k.tp, k.tp + k.fp))} ${fmt(ratio(k.tp, k.tp + k.fn))}`;
  });
  console.log(`${(c === '*' ? 'overall' : c).padEnd(22)} ${cells.map((x) => x.padEnd(13)).join(' ')}`);
}
console.log(`\nstep accuracy          ${langs.map((l) => l.padEnd(6)).join(' ')}`);
for (const s of [...STEP_IDS, '*']) {
  const cells = langs.map((l) => {
    const v = steps.get(`${l}/${s}`) ?? { right: 0, all: 0 };
    return fmt(ratio(v.right, v.all)).padEnd(6);
  });
  console.log(`${(s === '*' ? 'overall' : s).padEnd(22)} ${cells.join(' ')}`);
}
const cleanCells = langs.map((l) => {
  const c = clean.get(l) ?? { all: 0, flagged: 0 };
  return `${fmt(ratio(c.flagged, c.all || 1))} (${c.flagged}/${c.all})`.padEnd(13);
});
console.log(`\nclean replies flagged  ${langs.map((l) => l.padEnd(13)).join(' ')}`);
console.log(`${''.padEnd(22)} ${cleanCells.join(' ')}`);
const all = cat.get('all/*') ?? { tp: 0, fp: 0, fn: 0 };
const overall = {
  precision: ratio(all.tp, all.tp + all.fp),
  recall: ratio(all.tp, all.tp + all.fn),
  steps: ratio(steps.get('all/*')?.right ?? 0, steps.get('all/*')?.all ?? 0),
};
const cleanAll = clean.get('all') ?? { all: 0, flagged: 0 };
console.log(
  `\noverall: precision ${fmt(overall.precision)}, recall ${fmt(overall.recall)}, step accuracy ${fmt(overall.steps)}, ` +
    `clean replies flagged ${fmt(ratio(cleanAll.flagged, cleanAll.all || 1))} (${cleanAll.flagged}/${cleanAll.all})`,
);

const pct = (a: number, b: number) => (b === 0 ? '–' : `${((100 * a) / b).toFixed(1)} %`);
const byLang = ['fi', 'en', 'sv'].map((l) => `${l} ${rewrites.byLang.get(l) ?? 0}`).join(', ');
const why = [...rewrites.why]
  .sort((x, y) => y[1] - x[1])
  .map(([k, n]) => `${k} ${n}`)
  .join(', ');
console.log(
  `\nrewrites offered: ${rewrites.offered} (${byLang}); sound once applied: ${rewrites.sound}/${rewrites.offered} = ${pct(rewrites.sound, rewrites.offered)}`,
);
console.log(`kept back by the checker: ${rewrites.refused}${why ? ` (${why})` : ''}`);
console.log(`model sentences to adapt: ${rewrites.models} (${rewrites.modelsInsertable} may replace their sentence)`);
const verdictsPath = values.verdicts ?? 'tests/fixtures/rewrite-verdicts.jsonl';
if (existsSync(verdictsPath)) {
  const verdicts = new Map<string, string>();
  for (const l of readFileSync(verdictsPath, 'utf8')
    .split('\n')
    .filter((x) => x.trim())) {
    const v = JSON.parse(l) as { id: string; ruleId: string; after: string; verdict: string };
    verdicts.set(`${v.id}\u0000${v.ruleId}\u0000${v.after}`, v.verdict);
  }
  const judged = offeredRewrites.map((r) => verdicts.get(`${r.id}\u0000${r.ruleId}\u0000${r.after}`)).filter((v): v is string => !!v);
  const fine = judged.filter((v) => v === 'good' || v === 'ok').length;
  console.log(
    `readers' verdicts (${verdictsPath}): ${judged.length} of ${rewrites.offered} offered rewrites judged; good or ok: ${fine}/${judged.length} = ${pct(fine, judged.length)}`,
  );
}

if (values.check) {
  const fails = (Object.keys(THRESHOLDS) as (keyof typeof THRESHOLDS)[])
    .filter((k) => overall[k] < THRESHOLDS[k])
    .map((k) => `${k} ${fmt(overall[k])} < ${THRESHOLDS[k]}`);
  if (rewrites.sound < rewrites.offered) fails.push(`${rewrites.offered - rewrites.sound} offered rewrites are unsound`);
  if (fails.length) {
    console.log(`eval: FAILED: ${fails.join(', ')}`);
    process.exit(1);
  }
  console.log('eval: passed the thresholds (precision ≥ 0.85, recall ≥ 0.75, step accuracy ≥ 0.9, every offered rewrite sound)');
}
