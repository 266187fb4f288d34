/**
 * The content script's side of the history: turns what the coach sees and does into the protocol's history
 * messages. Snippets are cut and redacted here already (lib/history/redact.ts), so no personal data leaves the
 * page's context; the background redacts again before it stores. One reply summary per reply, sent at most every
 * `flushMs`; 'shown' once per rule occurrence and reply. Sending never throws into the page.
 *
 * Wiring (components/coach): `const r = new HistoryReporter({ host: location.hostname, send })`, then
 * `r.analysed(text, analysis)` after each analysis, `r.acted(hint, 'applied' | 'dismissed' | 'muted', text, rewrite?)`,
 * `r.startReply()` when the writer moves to another field, and `r.flush()` on pagehide.
 */
import type { Analysis, Hint } from '../../lib/engine/analyze';
import type { Language } from '../../lib/coaching';
import { makeSnippet } from '../../lib/history/redact';
import { MAX_SHOWN_PER_REPLY, type HintAction, type HintEventInput, type ReplyInput } from '../../lib/history/types';

export interface HistorySender {
  events(events: HintEventInput[]): Promise<unknown> | void;
  reply(reply: ReplyInput): Promise<unknown> | void;
}

export interface HistoryReporterOptions {
  host: string;
  send: HistorySender;
  now?: () => number;
  flushMs?: number;
  /** A pause longer than this between analyses is not counted as writing time. */
  idleMs?: number;
}

const countWords = (text: string) => (text.match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu) ?? []).length;

export class HistoryReporter {
  private replyId = '';
  private startedAt = 0;
  private lastActive = 0;
  private activeMs = 0;
  private shown = new Set<string>();
  private events: HintEventInput[] = [];
  private reply: ReplyInput | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly now: () => number;

  constructor(private readonly options: HistoryReporterOptions) {
    this.now = options.now ?? Date.now;
    this.startReply();
  }

  /** A new reply: another field, or the previous one was sent (the field emptied). */
  startReply(): void {
    this.flush();
    this.replyId = `${this.options.host}:${this.now().toString(36)}:${Math.random().toString(36).slice(2, 8)}`;
    this.startedAt = 0;
    this.lastActive = 0;
    this.activeMs = 0;
    this.shown = new Set();
    this.reply = null;
  }

  analysed(text: string, analysis: Analysis, visible: readonly Hint[] = analysis.hints): void {
    const words = countWords(text);
    if (words === 0) {
      if (this.reply) this.startReply();
      return;
    }
    const now = this.now();
    if (!this.startedAt) this.startedAt = now;
    if (this.lastActive) this.activeMs += Math.min(now - this.lastActive, this.options.idleMs ?? 30_000);
    this.lastActive = now;
    // 'shown' once per rule occurrence in the reply: hint ids change while the writer types on their line, so
    // "the 2nd hint of rule R" is the key, not the id (typing one sentence is not ten 'shown' events).
    const seen: Record<string, number> = {};
    for (const h of visible) {
      // A reply's 'shown' events are capped (the background caps them again): a 2 MB paste is not 90,000 events.
      if (this.shown.size >= MAX_SHOWN_PER_REPLY) break;
      const key = `${h.ruleId}#${(seen[h.ruleId] = (seen[h.ruleId] ?? 0) + 1)}`;
      if (this.shown.has(key)) continue;
      this.shown.add(key);
      this.events.push(this.event(h, 'shown', text, analysis.language, now));
    }
    const byCategory: Record<string, number> = {};
    for (const h of visible) byCategory[h.category] = (byCategory[h.category] ?? 0) + 1;
    this.reply = {
      id: this.replyId,
      startedAt: this.startedAt,
      at: now,
      host: this.options.host,
      lang: analysis.language,
      words,
      hints: visible.length,
      byCategory,
      steps: { ...analysis.steps },
      activeMs: this.activeMs,
    };
    this.schedule();
  }

  /** The writer's action: sent at once (with what is queued), not after `flushMs`: a tab closed next loses nothing. */
  acted(hint: Hint, action: Exclude<HintAction, 'shown'>, text: string, lang: Language, rewrite?: string): void {
    const e = this.event(hint, action, text, lang, this.now());
    if (rewrite !== undefined) e.rewrite = rewrite;
    this.events.push(e);
    this.flush();
  }

  private event(h: Hint, action: HintAction, text: string, lang: Language, at: number): HintEventInput {
    return {
      at,
      replyId: this.replyId,
      hintId: h.id,
      host: this.options.host,
      lang,
      ruleId: h.ruleId,
      category: h.category,
      action,
      snippet: makeSnippet(text, h.start, h.end),
      message: h.message,
    };
  }

  private schedule(): void {
    if (this.timer === undefined) this.timer = setTimeout(() => this.flush(), this.options.flushMs ?? 3000);
  }

  flush(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    const events = this.events;
    const reply = this.reply;
    this.events = [];
    try {
      if (events.length) void Promise.resolve(this.options.send.events(events)).catch(() => undefined);
      if (reply) void Promise.resolve(this.options.send.reply(reply)).catch(() => undefined);
    } catch {
      // The extension was reloaded or the background is gone: the coach goes on.
    }
  }
}
