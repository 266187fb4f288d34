/**
 * The labelled material's two shapes, read and checked, for every script that reads them (eval, eval:bank,
 * audit:rules, train:learned): one JSON object per line.
 * - A reply of a corpus (`npm run eval`): {id, lang, kind?, text, steps: {greet, thank, empathize, apologize,
 *   next-steps}, categories: [...], spans?: [{category, quote}]}.
 * - A passage of a paraphrase bank (`npm run eval:bank`): {id, lang, writer?, category, clean, text, quote?}.
 * A file that is not of the shape asked for, or a row that lacks a field, is named by file, line and field, so the
 * script stops with a message instead of a TypeError half-way through.
 */
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { CATEGORY_IDS, LANGUAGES, STEP_IDS } from '../lib/coaching';

export const corpusRow = z.object({
  id: z.string().min(1),
  lang: z.enum(LANGUAGES),
  kind: z.string().optional(),
  text: z.string(),
  steps: z.object(Object.fromEntries(STEP_IDS.map((s) => [s, z.boolean()])) as Record<(typeof STEP_IDS)[number], z.ZodBoolean>),
  categories: z.array(z.enum(CATEGORY_IDS)),
  /** Where each labelled problem is: a quote of the text (the held-out and tuning sets have them). */
  spans: z.array(z.object({ category: z.enum(CATEGORY_IDS), quote: z.string() })).optional(),
});
export type CorpusRow = z.infer<typeof corpusRow>;

export const bankPassage = z.object({
  id: z.string().min(1),
  lang: z.enum(LANGUAGES),
  writer: z.string().optional(),
  /** The category it is a wording (or a near miss) of; "plain" for an everyday passage near no category. */
  category: z.enum([...CATEGORY_IDS, 'plain']),
  /** A near miss of the category, or a plain passage (clean), or a wording of it. */
  clean: z.boolean(),
  text: z.string(),
  /** The words that carry the problem (a wording's). */
  quote: z.string().optional(),
});
export type BankPassage = z.infer<typeof bankPassage>;

/** At most this many problems are listed; the count says how many more there are. */
const SHOWN = 10;

export interface ReadRows<T = CorpusRow> {
  rows: T[];
  /** "FILE:LINE: what is wrong", one per bad line, in file order. */
  problems: string[];
}

/** The rows of a corpus file's text, and a problem for every line that is not one (blank lines are skipped). */
export function readCorpusRows(path: string, text: string): ReadRows {
  return readRows(path, text, corpusRow, (value) =>
    value && typeof value === 'object' && 'category' in value && 'clean' in value
      ? ' (this is a paraphrase bank: measure it with npm run eval:bank)'
      : '',
  );
}

/** The passages of a bank file's text, and a problem for every line that is not one. */
export function readBankPassages(path: string, text: string): ReadRows<BankPassage> {
  return readRows(path, text, bankPassage, (value) =>
    value && typeof value === 'object' && 'steps' in value ? ' (this is a reply corpus: measure it with npm run eval)' : '',
  );
}

/** Replies and passages both (a file may hold either), each tagged with its shape. */
export type LabelledRow = ({ shape: 'reply' } & CorpusRow) | ({ shape: 'passage' } & BankPassage);

export function readLabelled(path: string, text: string): ReadRows<LabelledRow> {
  const either = z.union([
    corpusRow.transform((r) => ({ shape: 'reply' as const, ...r })),
    bankPassage.transform((p) => ({ shape: 'passage' as const, ...p })),
  ]);
  return readRows(path, text, either, () => ' (neither a reply nor a bank passage)');
}

function readRows<T>(path: string, text: string, schema: z.ZodType<T>, otherShape: (value: unknown) => string): ReadRows<T> {
  const rows: T[] = [];
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
    const parsed = schema.safeParse(value);
    if (parsed.success) {
      rows.push(parsed.data);
      return;
    }
    const what = parsed.error.issues.map((issue) => {
      const field = issue.path.length ? issue.path.join('.') : 'the row';
      return valueAt(value, issue.path) === undefined ? `${field} is missing` : `${field}: ${issue.message}`;
    });
    problems.push(`${where}: ${what.join('; ')}${otherShape(value)}`);
  });
  return { rows, problems };
}

/**
 * The rows of labelled files read with `read`, for a script: it stops (exit 2) naming every line that is not one,
 * as `npm run eval` does; a file that is not there is named too.
 */
export function readFilesOrExit<T>(script: string, paths: readonly string[], read: (path: string, text: string) => ReadRows<T>): T[] {
  const rows: T[] = [];
  for (const path of paths) {
    if (!existsSync(path)) {
      console.error(`${script}: ${path} not found`);
      process.exit(2);
    }
    const got = read(path, readFileSync(path, 'utf8'));
    if (got.problems.length) {
      console.error(`${script}: ${path} has ${got.problems.length} line(s) it cannot read:\n${problemReport(got.problems)}`);
      process.exit(2);
    }
    rows.push(...got.rows);
  }
  return rows;
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
