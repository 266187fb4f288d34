/**
 * Schema v2: a `week` field (Monday 00:00 UTC of the record's time) on events, replies and practice, indexed with
 * the category for the weekly charts. The upgrade backfills it on every v1 record.
 */
import type { Transaction } from 'dexie';
import { weekOf } from '../types';

export const version = 2;
export const stores = {
  events: 'id, at, host, category, action, ruleId, lang, replyId, week, [category+week]',
  replies: 'id, at, host, lang, week',
  practice: 'id, at, ticketId, week',
};

export async function upgrade(tx: Transaction): Promise<void> {
  const backfill = (r: { at: number; week?: number }) => {
    r.week = weekOf(r.at);
  };
  await tx.table('events').toCollection().modify(backfill);
  await tx.table('replies').toCollection().modify(backfill);
  await tx.table('practice').toCollection().modify(backfill);
}
