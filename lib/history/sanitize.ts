/** Turns what a content script, a page or an import file says into records fit to store: ids, weeks, redaction, limits. */
import { isLanguage, noSteps, STEP_IDS, type Language, type Steps } from '../coaching';
import { redact, SNIPPET_MAX } from './redact';
import {
  eventId,
  HINT_ACTIONS,
  saneTime,
  stableId,
  weekOf,
  type HintEvent,
  type HintEventInput,
  type PracticeAttempt,
  type PracticeInput,
  type ReplyInput,
  type ReplySummary,
} from './types';

const clip = (s: unknown, max: number): string => (typeof s === 'string' ? (s.length > max ? `${s.slice(0, max - 1)}…` : s) : '');
const num = (n: unknown, min = 0, max = Number.MAX_SAFE_INTEGER): number =>
  typeof n === 'number' && Number.isFinite(n) ? Math.min(max, Math.max(min, n)) : min;
const lang = (l: unknown): Language => (isLanguage(l) ? l : 'fi');

/** A host name only: never a path or query (they can hold ticket or customer ids). */
export function hostOnly(host: unknown): string {
  if (typeof host !== 'string') return '';
  const h = host
    .trim()
    .toLowerCase()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
    .split(/[/?#]/)[0];
  return clip(h.replace(/^[^@]*@/, ''), 253);
}

export function cleanSteps(steps: unknown): Steps {
  const out = noSteps();
  if (steps && typeof steps === 'object') for (const id of STEP_IDS) out[id] = (steps as Record<string, unknown>)[id] === true;
  return out;
}

/**
 * Every `to…` takes the time of the clock (`now`): the record's time is moved into the sane range
 * (types.ts saneTime), so no report or import can date a record in the year 9999.
 */
export function toEvent(input: HintEventInput | HintEvent, now = Date.now()): HintEvent | null {
  if (!HINT_ACTIONS.includes(input.action)) return null;
  if (!num(input.at)) return null;
  const at = saneTime(num(input.at), now);
  const hintId = 'hintId' in input ? clip(input.hintId, 200) : '';
  const replyId = clip(input.replyId, 200);
  const event: HintEvent = {
    id: 'id' in input && typeof input.id === 'string' && input.id ? clip(input.id, 64) : eventId({ replyId, hintId, action: input.action }),
    at,
    week: weekOf(at),
    replyId,
    host: hostOnly(input.host),
    lang: lang(input.lang),
    ruleId: clip(input.ruleId, 120),
    category: clip(input.category, 60),
    action: input.action,
    snippet: redact(clip(input.snippet, SNIPPET_MAX)),
    message: redact(clip(input.message, 400)),
  };
  if (input.rewrite) event.rewrite = redact(clip(input.rewrite, 200));
  return event;
}

export function toReply(input: ReplyInput | ReplySummary, now = Date.now()): ReplySummary | null {
  if (!num(input.at) || typeof input.id !== 'string' || !input.id) return null;
  const at = saneTime(num(input.at), now);
  const byCategory: Record<string, number> = {};
  if (input.byCategory && typeof input.byCategory === 'object') {
    for (const [k, v] of Object.entries(input.byCategory)) if (num(v) > 0) byCategory[clip(k, 60)] = Math.round(num(v, 0, 10_000));
  }
  const reply: ReplySummary = {
    id: clip(input.id, 200),
    startedAt: num(input.startedAt) ? Math.min(at, saneTime(num(input.startedAt), now)) : at,
    at,
    week: weekOf(at),
    host: hostOnly(input.host),
    lang: lang(input.lang),
    words: Math.round(num(input.words, 0, 1_000_000)),
    hints: Math.round(num(input.hints, 0, 100_000)),
    byCategory,
    steps: cleanSteps(input.steps),
    activeMs: Math.round(num(input.activeMs, 0, 7 * 86_400_000)),
  };
  if (input.kind === 'complaint' || input.kind === 'question') reply.kind = input.kind;
  return reply;
}

export function toPractice(input: PracticeInput | PracticeAttempt, now = Date.now()): PracticeAttempt | null {
  if (!num(input.at)) return null;
  const at = saneTime(num(input.at), now);
  const ticketId = clip(input.ticketId, 120);
  return {
    id: typeof input.id === 'string' && input.id ? clip(input.id, 64) : `p${stableId(ticketId, at)}`,
    at,
    week: weekOf(at),
    ticketId,
    lang: lang(input.lang),
    hints: Math.round(num(input.hints, 0, 100_000)),
    steps: cleanSteps(input.steps),
    reflection: redact(clip(input.reflection, 4000)),
    rating: Math.round(num(input.rating, 1, 5)),
  };
}
