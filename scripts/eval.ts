/**
 * npm run eval -- CORPUS.jsonl [--check] [--verbose] [--lang fi]
 *
 * Measures the bundled rules on a labelled corpus: per language and category, precision and recall of the
 * categories a reply is hinted with (a reply counts once per category), and per step the share of replies
 * whose step is judged as labelled, and per language the share of clean replies (no category labelled) that get
 * any hint. --check exits 1 below precision 0.85, recall 0.75 or step accuracy 0.9 overall. --verbose lists every
 * miss and false alarm, for tuning.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { analyze, CATEGORY_IDS, STEP_IDS, type Language } from '../lib/index';

const THRESHOLDS = { precision: 0.85, recall: 0.75, steps: 0.9 };

interface Row {
  id: string;
  lang: Language;
  kind: string;
  text: string;
  steps: Record<string, boolean>;
  categories: string[];
}

const { values, positionals } = parseArgs({
  options: { check: { type: 'boolean' }, verbose: { type: 'boolean' }, lang: { type: 'string' } },
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

const rows: Row[] = readFileSync(path, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l))
  .filter((r: Row) => !values.lang || r.lang === values.lang);

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

for (const row of rows) {
  const a = analyze(row.text);
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
      const hint = a.hints.filter((h) => h.category === c).map((h) => `"${h.text}" (${h.ruleId})`).join(', ');
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
if (values.check) {
  const fails = (Object.keys(THRESHOLDS) as (keyof typeof THRESHOLDS)[]).filter((k) => overall[k] < THRESHOLDS[k]);
  if (fails.length) {
    console.log(`eval: FAILED: ${fails.map((k) => `${k} ${fmt(overall[k])} < ${THRESHOLDS[k]}`).join(', ')}`);
    process.exit(1);
  }
  console.log('eval: passed the thresholds (precision ≥ 0.85, recall ≥ 0.75, step accuracy ≥ 0.9)');
}
