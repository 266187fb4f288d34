/**
 * npx tsx scripts/rewrites-review.ts CORPUS.jsonl [--out FILE] [--lang fi|en|sv]
 *
 * Every rewrite Sävy offers on a corpus ({"id","text","lang"?} per line), applied in its paragraph, as JSON Lines
 * for readers to judge: {"id","lang","ruleId","before","after"} with the whole paragraph before and after
 * applying the rewrite (one line per offered rewrite, in corpus order). Readers add "verdict": "good" | "ok" |
 * "broken" (and "reader" if they like); kept as tests/fixtures/rewrite-verdicts.jsonl, `npm run eval` reports the
 * share judged good or ok.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { analyze, isLanguage, type Language } from '../lib/index';
import { appliedRewrites } from '../lib/rewrite/soundness';

const { values, positionals } = parseArgs({ options: { out: { type: 'string' }, lang: { type: 'string' } }, allowPositionals: true });
const path = positionals[0];
if (!path || (values.lang && !isLanguage(values.lang))) {
  console.error('usage: npx tsx scripts/rewrites-review.ts CORPUS.jsonl [--out FILE] [--lang fi|en|sv]');
  process.exit(2);
}
if (!existsSync(path)) {
  console.error(`rewrites-review: cannot read ${path}`);
  process.exit(2);
}

const out: string[] = [];
readFileSync(path, 'utf8')
  .split('\n')
  .forEach((line, i) => {
    if (!line.trim()) return;
    let row: { id?: unknown; text?: unknown; lang?: unknown };
    try {
      row = JSON.parse(line);
    } catch {
      console.error(`rewrites-review: ${path}:${i + 1}: not a JSON object; skipped`);
      return;
    }
    if (typeof row.text !== 'string') return;
    const lang = isLanguage(row.lang) ? row.lang : undefined;
    if (values.lang && lang !== values.lang) return;
    const analysis = analyze(row.text, { lang: (lang as Language | undefined) ?? 'auto' });
    for (const r of appliedRewrites(row.text, analysis)) {
      out.push(
        JSON.stringify({
          id: String(row.id ?? i + 1),
          lang: analysis.language,
          ruleId: r.hint.ruleId,
          before: r.paragraphBefore,
          after: r.paragraphAfter,
        }),
      );
    }
  });

const text = out.length ? `${out.join('\n')}\n` : '';
if (values.out) {
  writeFileSync(values.out, text);
  console.error(`rewrites-review: ${out.length} rewrites written to ${values.out}`);
} else process.stdout.write(text);
