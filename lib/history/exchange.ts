/**
 * Export (JSON, CSV), import (merge without duplicates) and delete-all of the history. An import is sanitised and
 * redacted like any report, so a hand-edited file cannot put personal data or odd records into the store.
 */
import { z } from 'zod';
import type { HistoryDB } from './db';
import { LATEST } from './schema/index';
import { toEvent, toPractice, toReply } from './sanitize';
import type { HintEvent, PracticeAttempt, ReplySummary } from './types';

export const EXPORT_FORMAT = 'savy-history';

export interface HistoryExport {
  format: typeof EXPORT_FORMAT;
  schemaVersion: number;
  exportedAt: string;
  events: HintEvent[];
  replies: ReplySummary[];
  practice: PracticeAttempt[];
}

export interface ImportResult {
  added: number;
  updated: number;
  unchanged: number;
  rejected: number;
}

const ExportFileSchema = z.object({
  format: z.literal(EXPORT_FORMAT, { error: 'not a Sävy history export' }),
  schemaVersion: z
    .number({ error: 'schemaVersion: not a number' })
    .int()
    .min(1, 'schemaVersion: not a Sävy history version')
    .max(LATEST, `this file comes from a newer Sävy (history schema newer than ${LATEST}): update Sävy, then import it`),
  events: z.array(z.record(z.string(), z.unknown())).default([]),
  replies: z.array(z.record(z.string(), z.unknown())).default([]),
  practice: z.array(z.record(z.string(), z.unknown())).default([]),
});

export async function exportHistory(db: HistoryDB, now = Date.now()): Promise<HistoryExport> {
  return db.transaction('r', db.events, db.replies, db.practice, async () => ({
    format: EXPORT_FORMAT,
    schemaVersion: LATEST,
    exportedAt: new Date(now).toISOString(),
    events: await db.events.orderBy('at').toArray(),
    replies: await db.replies.orderBy('at').toArray(),
    practice: await db.practice.orderBy('at').toArray(),
  }));
}

/** Parses an export file; throws an Error with a readable reason when it is not one. */
export function parseExport(text: string): z.infer<typeof ExportFileSchema> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error('not JSON');
  }
  const r = ExportFileSchema.safeParse(json);
  if (!r.success) throw new Error(r.error.issues.map((i) => `${i.path.join('.') || 'file'}: ${i.message}`).join('; '));
  return r.data;
}

/**
 * Merges an export into the database: a record already there is kept, whatever the file says (a file must not
 * overwrite the writer's own history: an event, a practice attempt or a reply summary). Within the file, a reply
 * keeps its newest state. Times are moved into the sane range as of `now` (lib/history/types.ts saneTime).
 */
export async function importHistory(db: HistoryDB, file: z.infer<typeof ExportFileSchema>, now = Date.now()): Promise<ImportResult> {
  const result: ImportResult = { added: 0, updated: 0, unchanged: 0, rejected: 0 };
  const events = file.events.map((e) => toEvent(e as unknown as HintEvent, now));
  const replies = file.replies.map((r) => toReply(r as unknown as ReplySummary, now));
  const practice = file.practice.map((p) => toPractice(p as unknown as PracticeAttempt, now));
  await db.transaction('rw', db.events, db.replies, db.practice, async () => {
    const mergeById = async <T extends { id: string; at: number }>(
      table: typeof db.events | typeof db.replies | typeof db.practice,
      items: (T | null)[],
      newer: boolean,
    ) => {
      const valid = items.filter((x): x is T => !!x);
      result.rejected += items.length - valid.length;
      const unique = new Map<string, T>();
      for (const x of valid) {
        const seen = unique.get(x.id);
        if (!seen || (newer && x.at > seen.at)) unique.set(x.id, x);
        else result.unchanged++;
      }
      const list = [...unique.values()];
      const stored = (await (table as unknown as { bulkGet(keys: string[]): Promise<(T | undefined)[]> }).bulkGet(list.map((x) => x.id))) as (
        | T
        | undefined
      )[];
      const put: T[] = [];
      list.forEach((x, i) => {
        const old = stored[i];
        if (!old) {
          put.push(x);
          result.added++;
        } else result.unchanged++;
      });
      if (put.length) await (table as unknown as { bulkPut(items: T[]): Promise<unknown> }).bulkPut(put);
    };
    await mergeById(db.events, events, false);
    await mergeById(db.replies, replies, true);
    await mergeById(db.practice, practice, false);
  });
  return result;
}

export async function clearHistory(db: HistoryDB): Promise<void> {
  await db.transaction('rw', db.events, db.replies, db.practice, async () => {
    await db.events.clear();
    await db.replies.clear();
    await db.practice.clear();
  });
}

const CSV_COLUMNS = ['time', 'site', 'language', 'category', 'rule', 'action', 'snippet', 'message', 'rewrite'] as const;

/** One CSV cell: quoted when needed; a leading = + - @ is defused so a spreadsheet never runs it as a formula. */
export function csvCell(value: string): string {
  let v = value;
  if (/^[=+\-@\t\r]/.test(v)) v = `'${v}`;
  return /[",\n\r;]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** A time as ISO 8601, or '' for one no Date can hold (a record stored before times were kept sane). */
function isoTime(at: number): string {
  return Number.isFinite(at) && Math.abs(at) <= 8.64e15 ? new Date(at).toISOString() : '';
}

export function eventsToCsv(events: readonly HintEvent[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const e of events) {
    lines.push([isoTime(e.at), e.host, e.lang, e.category, e.ruleId, e.action, e.snippet, e.message, e.rewrite ?? ''].map(csvCell).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
