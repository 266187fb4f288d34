/**
 * npm run audit:rules -- FILE.jsonl [FILE.jsonl …] [--rule ID] [--top 40]
 *
 * Which rules does the labelled material show wrong? For every rule, over labelled reply sets (`categories`,
 * `spans`) and passage banks (`category`, `clean`, `quote`): how many clean items it hints (a clean reply, a near
 * miss, a plain passage) and how many labelled problems of its category it hints inside the quote that carries
 * them. A rule that hints clean items more often than it finds what writers mark is one to narrow: round 10's
 * relation words and "clearly" came from this list (docs/benchmarks.md, "Round 10"). --rule lists one rule's
 * hints with their sentences: CLEAN on a clean item, HIT inside a labelled quote of its category, ELSEWHERE in a
 * labelled item outside its quotes.
 *
 * Feed it tuning material only (tuning*, long-tuning*, rewrite-tuning, bank-*): a held-out set read this way is
 * tuned on. Not a test: it prints counts for a person to read.
 */
import { parseArgs } from 'node:util';
import { analyze, type Language } from '../lib/index';
import { type LabelledRow, readFilesOrExit, readLabelled } from './eval-rows';

interface Item {
  id: string;
  lang: Language;
  text: string;
  clean: boolean;
  quotes: { category: string; quote: string }[];
}

const { values, positionals } = parseArgs({
  options: { rule: { type: 'string' }, top: { type: 'string', default: '40' } },
  allowPositionals: true,
});
if (!positionals.length) {
  console.error('usage: npm run audit:rules -- FILE.jsonl [FILE.jsonl …] [--rule ID] [--top 40]');
  process.exit(2);
}

/** A reply row or a bank passage, as one shape. */
function item(row: LabelledRow): Item {
  if (row.shape === 'reply') return { id: row.id, lang: row.lang, text: row.text, clean: row.categories.length === 0, quotes: row.spans ?? [] };
  const quotes = !row.clean && row.quote ? [{ category: row.category, quote: row.quote }] : [];
  return { id: row.id, lang: row.lang, text: row.text, clean: row.clean, quotes };
}

const counts = new Map<string, { clean: number; hit: number; examples: string[] }>();
for (const it of readFilesOrExit('audit:rules', positionals, readLabelled).map(item)) {
  const seen = new Set<string>();
  for (const h of analyze(it.text, { lang: it.lang }).hints) {
    const inQuote = it.quotes.some((q) => q.category === h.category && (q.quote.includes(h.text) || h.text.includes(q.quote)));
    if (values.rule === h.ruleId) {
      const from = Math.max(it.text.lastIndexOf('\n', h.start), it.text.lastIndexOf('. ', h.start)) + 1;
      const to = it.text.indexOf('\n', h.end);
      console.log(
        `${it.clean ? 'CLEAN    ' : inQuote ? 'HIT      ' : 'ELSEWHERE'} ${it.id}: [${h.text}] ${it.text
          .slice(from, to < 0 ? undefined : to)
          .trim()
          .slice(0, 200)}`,
      );
    }
    if (seen.has(h.ruleId)) continue;
    seen.add(h.ruleId);
    const c = counts.get(h.ruleId) ?? { clean: 0, hit: 0, examples: [] };
    if (it.clean) {
      c.clean++;
      if (c.examples.length < 4) c.examples.push(`${it.id} "${h.text}"`);
    } else if (inQuote) c.hit++;
    counts.set(h.ruleId, c);
  }
}
if (!values.rule) {
  console.log('clean  hits  rule  (clean items it hints; labelled problems of its category it hints inside their quote)');
  const rows = [...counts].sort((a, b) => b[1].clean - a[1].clean || a[1].hit - b[1].hit);
  for (const [id, c] of rows.slice(0, Number(values.top)))
    console.log(`${String(c.clean).padStart(5)} ${String(c.hit).padStart(5)}  ${id}  ${c.examples.join(' | ')}`);
}
