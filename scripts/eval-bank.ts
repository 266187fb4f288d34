/**
 * npm run eval:bank -- BANK.jsonl [--verbose] [--check] [--min-recall 0.8] [--max-flagged 0.1]
 *
 * Measures the bundled rules on a paraphrase bank: short passages of an agent's reply, each either one wording
 * of a tone category (`clean: false`, with the `quote` that carries it) or a clean near miss of that category
 * (`clean: true`). Per language and category it prints the share of wordings whose category is hinted somewhere
 * in the passage, and the share of near misses that get any hint at all. The passages are analysed in the
 * bank's language (a passage of one sentence is too short to detect it reliably).
 *
 * A bank says whether rules generalise: its writers never saw the rules, and the rules are tuned on one half
 * of it and measured on the other. --verbose lists every miss and false alarm; --check exits 1 when a
 * category's recall is below --min-recall or its near misses are flagged above --max-flagged.
 */
import { parseArgs } from 'node:util';
import { analyze } from '../lib/index';
import { type BankPassage as Passage, readBankPassages, readFilesOrExit } from './eval-rows';

const { values, positionals } = parseArgs({
  options: {
    verbose: { type: 'boolean' },
    check: { type: 'boolean' },
    'min-recall': { type: 'string', default: '0.8' },
    'max-flagged': { type: 'string', default: '0.1' },
  },
  allowPositionals: true,
});
if (!positionals.length) {
  console.error('usage: npx tsx scripts/eval-bank.ts BANK.jsonl [BANK.jsonl …] [--verbose] [--check]');
  process.exit(2);
}

const passages: Passage[] = readFilesOrExit('eval-bank', positionals, readBankPassages);

type Tally = { wordings: number; caught: number; near: number; flagged: number };
const tallies = new Map<string, Tally>();
const tally = (key: string) => {
  let t = tallies.get(key);
  if (!t) tallies.set(key, (t = { wordings: 0, caught: 0, near: 0, flagged: 0 }));
  return t;
};

for (const p of passages) {
  const a = analyze(p.text, { lang: p.lang });
  const keys = [`${p.lang}/${p.category}`, `all/${p.category}`, `${p.lang}/*`, 'all/*'];
  if (p.clean) {
    const flagged = a.hints.length > 0;
    for (const k of keys) {
      tally(k).near++;
      if (flagged) tally(k).flagged++;
    }
    if (values.verbose && flagged) {
      const why = a.hints.map((h) => `${h.category} "${h.text}" (${h.ruleId})`).join(', ');
      console.log(`FALSE ALARM ${p.id}: ${why}\n    ${p.text}`);
    }
  } else {
    const caught = a.hints.some((h) => h.category === p.category);
    for (const k of keys) {
      tally(k).wordings++;
      if (caught) tally(k).caught++;
    }
    if (values.verbose && !caught) {
      const other = a.hints.map((h) => `${h.category} (${h.ruleId})`).join(', ');
      console.log(`MISSED ${p.id} ${p.category}${other ? ` [hinted instead: ${other}]` : ''}\n    ${p.text}`);
    }
  }
}

const langs = ['fi', 'en', 'sv', 'all'].filter((l) => l === 'all' || passages.some((p) => p.lang === l));
const categories = [...new Set(passages.map((p) => p.category))].sort();
const cell = (n: number, of: number) => (of ? `${(n / of).toFixed(2)} ${`${n}/${of}`.padEnd(6)}` : '–'.padEnd(11));
console.log(`\nSävy bank eval on ${positionals.join(', ')}: ${passages.length} passages`);
console.log('caught: wordings of the category hinted with it; flagged: near misses given any hint\n');
console.log(`${'category'.padEnd(18)} ${langs.map((l) => `${l} caught`.padEnd(12) + `${l} flagged`.padEnd(12)).join(' ')}`);
let failed = false;
const minRecall = Number(values['min-recall']);
const maxFlagged = Number(values['max-flagged']);
for (const c of [...categories, '*']) {
  const row = langs.map((l) => {
    const t = tallies.get(`${l}/${c}`) ?? { wordings: 0, caught: 0, near: 0, flagged: 0 };
    return `${cell(t.caught, t.wordings)} ${cell(t.flagged, t.near)}`;
  });
  console.log(`${(c === '*' ? 'all' : c).padEnd(18)} ${row.join(' ')}`);
  const all = tallies.get(`all/${c}`);
  if (c !== '*' && all && ((all.wordings && all.caught / all.wordings < minRecall) || (all.near && all.flagged / all.near > maxFlagged)))
    failed = true;
}
if (values.check) {
  if (failed) console.log(`\n✖ below the bank's thresholds (caught ≥ ${minRecall}, flagged ≤ ${maxFlagged} per category)`);
  process.exit(failed ? 1 : 0);
}
