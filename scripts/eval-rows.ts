/**
 * The rows of a labelled corpus for `npm run eval` (scripts/eval.ts), read and checked: one JSON object per line,
 * {id, lang, kind?, text, steps: {greet, thank, empathize, apologize, next-steps}, categories: [...]}. A file that
 * is not such a corpus (a paraphrase bank, a file of readers' verdicts) or a row that lacks a field is named by file,
 * line and field, so the evaluation stops with a message instead of a TypeError half-way through.
 */
import { z } from 'zod';
import { CATEGORY_IDS, LANGUAGES, STEP_IDS } from '../lib/coaching';

export const corpusRow = z.object({
  id: z.string().min(1),
  lang: z.enum(LANGUAGES),
  kind: z.string().optional(),
  text: z.string(),
  steps: z.object(Object.fromEntries(STEP_IDS.map((s) => [s, z.boolean()])) as Record<(typeof STEP_IDS)[number], z.ZodBoolean>),
  categories: z.array(z.enum(CATEGORY_IDS)),
});
export type CorpusRow = z.infer<typeof corpusRow>;

/** At most this many problems are listed; the count says how many more there are. */
const SHOWN = 10;

export interface ReadRows {
  rows: CorpusRow[];
  /** "FILE:LINE: what is wrong", one per bad line, in file order. */
  problems: string[];
}

/** The rows of a corpus file's text, and a problem for every line that is not one (blank lines are skipped). */
export function readCorpusRows(path: string, text: string): ReadRows {
  const rows: CorpusRow[] = [];
  const problems: string[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    const where = `${path}:${i + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (e) {
      problems.push(`${where}: not JSON (${(e as Error).message})`);
      return;
    }
    const parsed = corpusRow.safeParse(value);
    if (parsed.success) {
      rows.push(parsed.data);
      return;
    }
    const what = parsed.error.issues.map((issue) => {
      const field = issue.path.length ? issue.path.join('.') : 'the row';
      return valueAt(value, issue.path) === undefined ? `${field} is missing` : `${field}: ${issue.message}`;
    });
    const bank = value && typeof value === 'object' && 'category' in value && 'clean' in value;
    problems.push(`${where}: ${what.join('; ')}${bank ? ' (this is a paraphrase bank: measure it with npm run eval:bank)' : ''}`);
  });
  return { rows, problems };
}

function valueAt(value: unknown, path: PropertyKey[]): unknown {
  let v = value;
  for (const key of path) v = v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[key] : undefined;
  return v;
}

/** The problems to print: the first few, and how many more. */
export function problemReport(problems: string[]): string {
  const shown = problems.slice(0, SHOWN);
  if (problems.length > SHOWN) shown.push(`… and ${problems.length - SHOWN} more lines like these`);
  return shown.join('\n');
}
