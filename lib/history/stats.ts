/**
 * Statistics for the progress page's charts and report. Worker-free but incremental: an aggregator takes records
 * in chunks (the page feeds it a few thousand at a time between frames), so a year of data never blocks the UI.
 */
import { STEP_IDS, type Language, type StepId } from '../coaching';
import { HINT_ACTIONS, WEEK_MS, type HintAction, type HintEvent, type ReplySummary } from './types';

export interface HistoryFilter {
  /** Inclusive epoch ms. */
  from?: number;
  /** Exclusive epoch ms. */
  to?: number;
  category?: string;
  host?: string;
  action?: HintAction;
  lang?: Language;
}

export function matchesEvent(e: HintEvent, f: HistoryFilter): boolean {
  return (
    (f.from === undefined || e.at >= f.from) &&
    (f.to === undefined || e.at < f.to) &&
    (!f.category || e.category === f.category) &&
    (!f.host || e.host === f.host) &&
    (!f.action || e.action === f.action) &&
    (!f.lang || e.lang === f.lang)
  );
}

/** Replies have no category or action: only time, site and language filter them. */
export function matchesReply(r: ReplySummary, f: HistoryFilter): boolean {
  return (
    (f.from === undefined || r.at >= f.from) &&
    (f.to === undefined || r.at < f.to) &&
    (!f.host || r.host === f.host) &&
    (!f.lang || r.lang === f.lang)
  );
}

/** A reply counted in the five-step chart: every reply not marked as a plain question. */
export const isComplaintReply = (r: ReplySummary): boolean => r.kind !== 'question';

export interface RuleCount {
  ruleId: string;
  category: string;
  count: number;
  applied: number;
  dismissed: number;
  /** The latest snippet and message seen for the rule (already redacted). */
  snippet: string;
  message: string;
  rewrite?: string;
}

export interface ProgressStats {
  /** Monday 00:00 UTC of each week from the first to the last record, gaps included. */
  weeks: number[];
  words: number[];
  /** Hints left in finished replies per 100 words written, per category, aligned with `weeks`. */
  per100: Record<string, number[]>;
  /** Hint events (those the filter lets through, e.g. only "applied") per 100 words written, per category. */
  eventsPer100: Record<string, number[]>;
  complaintReplies: number[];
  /** Share (0–100) of complaint replies covering each step, aligned with `weeks`. */
  coverage: Record<StepId, number[]>;
  actions: Record<HintAction, number[]>;
  topRules: RuleCount[];
  totals: {
    events: number;
    replies: number;
    words: number;
    activeMs: number;
    actions: Record<HintAction, number>;
    hintsLeft: number;
    coverage: Record<StepId, number>;
    complaintReplies: number;
  };
  categories: string[];
}

interface WeekAcc {
  words: number;
  hints: Map<string, number>;
  events: Map<string, number>;
  complaint: number;
  steps: Record<StepId, number>;
  actions: Record<HintAction, number>;
}

/** The charts show at most this many weeks (ten years). */
export const MAX_WEEKS = 522;

const zeroActions = (): Record<HintAction, number> => ({ shown: 0, applied: 0, dismissed: 0, muted: 0 });
const zeroSteps = (): Record<StepId, number> => ({ greet: 0, thank: 0, empathize: 0, apologize: 0, 'next-steps': 0 });

export class ProgressAggregator {
  private weeks = new Map<number, WeekAcc>();
  private rules = new Map<string, RuleCount>();
  private categories = new Set<string>();
  private totals = { events: 0, replies: 0, words: 0, activeMs: 0, hintsLeft: 0, complaintReplies: 0, actions: zeroActions(), steps: zeroSteps() };

  constructor(private readonly filter: HistoryFilter = {}) {}

  private week(w: number): WeekAcc {
    let acc = this.weeks.get(w);
    if (!acc) this.weeks.set(w, (acc = { words: 0, hints: new Map(), events: new Map(), complaint: 0, steps: zeroSteps(), actions: zeroActions() }));
    return acc;
  }

  /** Events must already match the filter (the page filters once for the timeline and the charts). */
  addEvents(events: readonly HintEvent[], start = 0, end = events.length): void {
    for (let i = start; i < end; i++) {
      const e = events[i];
      this.totals.events++;
      this.totals.actions[e.action]++;
      const acc = this.week(e.week);
      acc.actions[e.action]++;
      acc.events.set(e.category, (acc.events.get(e.category) ?? 0) + 1);
      this.categories.add(e.category);
      let r = this.rules.get(e.ruleId);
      if (!r)
        this.rules.set(
          e.ruleId,
          (r = { ruleId: e.ruleId, category: e.category, count: 0, applied: 0, dismissed: 0, snippet: e.snippet, message: e.message }),
        );
      if (e.action === 'shown') r.count++;
      else if (e.action === 'applied') {
        r.applied++;
        if (e.rewrite) r.rewrite = e.rewrite;
      } else if (e.action === 'dismissed') r.dismissed++;
    }
  }

  addReplies(replies: readonly ReplySummary[], start = 0, end = replies.length): void {
    const f = this.filter;
    for (let i = start; i < end; i++) {
      const r = replies[i];
      if (!matchesReply(r, f)) continue;
      const acc = this.week(r.week);
      this.totals.replies++;
      this.totals.words += r.words;
      this.totals.activeMs += r.activeMs;
      acc.words += r.words;
      for (const [cat, n] of Object.entries(r.byCategory)) {
        if (f.category && cat !== f.category) continue;
        this.categories.add(cat);
        acc.hints.set(cat, (acc.hints.get(cat) ?? 0) + n);
        this.totals.hintsLeft += n;
      }
      if (isComplaintReply(r)) {
        acc.complaint++;
        this.totals.complaintReplies++;
        for (const s of STEP_IDS)
          if (r.steps[s]) {
            acc.steps[s]++;
            this.totals.steps[s]++;
          }
      }
    }
  }

  result(topN = 10): ProgressStats {
    const keys = [...this.weeks.keys()].filter(Number.isFinite).sort((a, b) => a - b);
    const weeks: number[] = [];
    // Every week from the first to the last, gaps included, but never more than MAX_WEEKS of them (the newest):
    // records are kept in a sane range, and a stray one must not make the charts walk to the year 9999.
    if (keys.length)
      for (let w = Math.max(keys[0], keys[keys.length - 1] - (MAX_WEEKS - 1) * WEEK_MS); w <= keys[keys.length - 1]; w += WEEK_MS) weeks.push(w);
    const categories = [...this.categories].sort();
    const per100: Record<string, number[]> = {};
    const eventsPer100: Record<string, number[]> = {};
    for (const c of categories) {
      per100[c] = [];
      eventsPer100[c] = [];
    }
    const coverage = Object.fromEntries(STEP_IDS.map((s) => [s, [] as number[]])) as Record<StepId, number[]>;
    const actions = Object.fromEntries(HINT_ACTIONS.map((a) => [a, [] as number[]])) as Record<HintAction, number[]>;
    const words: number[] = [];
    const complaintReplies: number[] = [];
    const round1 = (x: number) => Math.round(x * 10) / 10;
    for (const w of weeks) {
      const acc = this.weeks.get(w);
      words.push(acc?.words ?? 0);
      complaintReplies.push(acc?.complaint ?? 0);
      for (const c of categories) {
        per100[c].push(acc && acc.words > 0 ? round1(((acc.hints.get(c) ?? 0) * 100) / acc.words) : 0);
        eventsPer100[c].push(acc && acc.words > 0 ? round1(((acc.events.get(c) ?? 0) * 100) / acc.words) : 0);
      }
      for (const s of STEP_IDS) coverage[s].push(acc && acc.complaint > 0 ? Math.round((acc.steps[s] * 100) / acc.complaint) : 0);
      for (const a of HINT_ACTIONS) actions[a].push(acc?.actions[a] ?? 0);
    }
    const topRules = [...this.rules.values()]
      .sort((a, b) => b.count + b.applied + b.dismissed - (a.count + a.applied + a.dismissed) || a.ruleId.localeCompare(b.ruleId))
      .slice(0, topN);
    const t = this.totals;
    const totalCoverage = Object.fromEntries(
      STEP_IDS.map((s) => [s, t.complaintReplies ? Math.round((t.steps[s] * 100) / t.complaintReplies) : 0]),
    ) as Record<StepId, number>;
    return {
      weeks,
      words,
      per100,
      eventsPer100,
      complaintReplies,
      coverage,
      actions,
      topRules,
      categories,
      totals: {
        events: t.events,
        replies: t.replies,
        words: t.words,
        activeMs: t.activeMs,
        actions: { ...t.actions },
        hintsLeft: t.hintsLeft,
        coverage: totalCoverage,
        complaintReplies: t.complaintReplies,
      },
    };
  }
}

/** All at once (tests, the bench, small histories). */
export function progressStats(events: readonly HintEvent[], replies: readonly ReplySummary[], filter: HistoryFilter = {}): ProgressStats {
  const agg = new ProgressAggregator(filter);
  agg.addEvents(events.filter((e) => matchesEvent(e, filter)));
  agg.addReplies(replies);
  return agg.result();
}
