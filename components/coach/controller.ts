/**
 * The coach of one document: follows the writing field, analyses its text as it changes, draws underlines and
 * holds the UI state (signals). All side effects come in through `CoachDeps`: no chrome.* here, so it runs in
 * happy-dom. Everything stops when `signal` aborts.
 */
import { batch, computed, signal, type Signal } from '@preact/signals';
import type { Analysis, Hint, HintModel } from '../../lib/engine/analyze';
import type { CompiledRuleset } from '../../lib/engine/compile';
import { noSteps, type Language } from '../../lib/coaching';
import { offerRewrites } from '../../lib/rewrite/check';
import { applyToContentEditable, applyToTextarea, frameSettle, type ApplyResult, type ApplyTarget, type Settle } from './apply';
import { watchFields } from './fields';
import { clearHighlights, ensureHighlightStyles, highlightsSupported, paintHighlights } from './highlights';
import { TextareaMirror } from './mirror';
import { TextMap } from './text-map';

export interface TextAnalyzer {
  analyze(text: string): Analysis;
  /** The rules it reads with: a hint's rewrites are checked against them when the hint is shown. */
  readonly compiled?: CompiledRuleset;
}

/** What the card and the panel offer for a hint: rewrites that passed the checker, and a model sentence. */
export interface HintRewrites {
  suggestions: string[];
  model?: HintModel;
}

const NO_REWRITES: HintRewrites = { suggestions: [] };

/** Where the coach reports hint events and the reply summary (components/history/reporter.ts `HistoryReporter`). */
export interface CoachHistory {
  analysed(text: string, analysis: Analysis, visible: readonly Hint[]): void;
  acted(hint: Hint, action: 'applied' | 'dismissed' | 'muted', text: string, lang: Language, rewrite?: string): void;
  /** The writer moved to another field: a new reply. */
  startReply(): void;
}

export interface CoachDeps {
  doc: Document;
  uiLanguage: Language;
  /** One analyzer per field (they are incremental). */
  createAnalyzer(): TextAnalyzer;
  /** Rule ids the writer asked never to see again. */
  mutedRules: ReadonlySet<string>;
  /** Persist "don't show this rule again". */
  muteRule(ruleId: string): void;
  /** The administrator's policy locks personal mutes: nothing is hidden as muted and "don't show again" is not offered. */
  mutesLocked?: boolean;
  /** The personal history (optional): hint events and one summary per reply. Never allowed to throw. */
  history?: CoachHistory;
  /** Mount the UI (the <savy-coach> shadow root) on first need; returns the container to draw the mirror in. */
  mountUi(coach: Coach): HTMLElement;
  /** Delay before re-analysing after an edit, ms. */
  debounceMs?: number;
  settle?: Settle;
  /** Errors in Sävy's own handlers: reported here, never thrown into the page. */
  onError?(e: unknown): void;
}

export interface CardState {
  hint: Hint;
  rect: { left: number; top: number; bottom: number };
  by: 'pointer' | 'caret';
}

export class Coach {
  readonly field: Signal<HTMLElement | null> = signal(null);
  readonly analysis: Signal<Analysis> = signal({ language: 'fi', hints: [], steps: noSteps() });
  readonly dismissed: Signal<ReadonlySet<string>> = signal(new Set());
  readonly muted: Signal<ReadonlySet<string>>;
  readonly panelOpen = signal(false);
  readonly card: Signal<CardState | null> = signal(null);
  readonly notice: Signal<string | null> = signal(null);
  /** A lasting message key (history paused, rules unavailable): shown until closed or replaced; typing keeps it. */
  readonly status: Signal<string | null> = signal(null);
  readonly mutesLocked: Signal<boolean>;
  /** Bumped on scroll, resize and text changes: positions are recomputed. */
  readonly layout = signal(0);
  readonly hints = computed(() => {
    const dismissed = this.dismissed.value;
    const muted = this.muted.value;
    return this.analysis.value.hints.filter((h) => !dismissed.has(h.id) && !muted.has(h.ruleId));
  });
  readonly lang: Language;

  private analyzers = new WeakMap<HTMLElement, TextAnalyzer>();
  private fieldAbort: AbortController | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private map: TextMap | null = null;
  private ranges = new Map<string, Range>();
  private mirror: TextareaMirror | null = null;
  private container: HTMLElement | null = null;
  private lastText = '';
  private frame = 0;
  private savedRange: Range | null = null;
  private pointerOnCard = false;
  private pointer = { x: 0, y: 0 };
  private pointerFrame = 0;
  /** The contenteditable hints painted last (those in view). */
  private visibleHints: Hint[] = [];
  private lastPainted = '';
  /** Bumped whenever the ranges are rebuilt (the same hint ids may then have new ranges). */
  private paintGeneration = 0;
  /** The field the history's current reply belongs to. */
  private historyField: HTMLElement | null = null;
  /** Rewrites offered per hint id, for the text in `rewritesFor` (checked when a hint is first shown). */
  private offered = new Map<string, HintRewrites>();
  private rewritesFor = '';
  readonly win: Window & typeof globalThis;

  constructor(
    readonly deps: CoachDeps,
    readonly abortSignal: AbortSignal,
  ) {
    this.win = deps.doc.defaultView as Window & typeof globalThis;
    this.lang = deps.uiLanguage;
    this.mutesLocked = signal(!!deps.mutesLocked);
    this.muted = signal(deps.mutesLocked ? new Set() : new Set(deps.mutedRules));
    abortSignal.addEventListener('abort', () => this.detach(), { once: true });
  }

  start(): void {
    const { doc } = this.deps;
    watchFields(doc, () => this.field.value, { onField: this.guard((el) => this.attach(el)), onFieldGone: this.guard(() => this.detach()) }, this.abortSignal);
    const opts = { capture: true, passive: true, signal: this.abortSignal };
    doc.addEventListener('scroll', this.guard(() => this.relayout()), opts);
    this.win.addEventListener('resize', this.guard(() => this.relayout()), opts);
    doc.addEventListener('mousemove', this.guard((e: MouseEvent) => this.onPointer(e)), opts);
    doc.addEventListener('selectionchange', this.guard(() => this.onCaret()), { signal: this.abortSignal });
    doc.addEventListener('keydown', this.guard((e: KeyboardEvent) => this.onShortcut(e)), { capture: true, signal: this.abortSignal });
  }

  /** Wraps a handler so that nothing Sävy does ever throws into the page. */
  guard<A extends unknown[]>(fn: (...args: A) => void): (...args: A) => void {
    return (...args: A) => {
      try {
        fn(...args);
      } catch (e) {
        this.deps.onError?.(e);
      }
    };
  }

  /** Reports to the history, if any; a failing history never stops the coach. */
  private record(fn: (h: CoachHistory) => void): void {
    const h = this.deps.history;
    if (!h) return;
    try {
      fn(h);
    } catch (e) {
      this.deps.onError?.(e);
    }
  }

  /** The writer's mutes as the background publishes them (ActiveRuleset): when locked, nothing is hidden as muted. */
  setMutes(mutedRules: Iterable<string>, locked: boolean): void {
    batch(() => {
      this.mutesLocked.value = locked;
      this.muted.value = locked ? new Set() : new Set(mutedRules);
    });
    this.paint();
  }

  /** A new ruleset (team ruleset arrived or changed): fresh analyzers, the current field read again. */
  setAnalyzerFactory(create: () => TextAnalyzer): void {
    this.deps.createAnalyzer = create;
    this.analyzers = new WeakMap();
    const el = this.field.value;
    if (el) {
      this.analyzers.set(el, create());
      this.lastText = '\u0000';
      this.analyzeNow();
    }
  }

  attach(el: HTMLElement): void {
    if (this.field.value === el) return;
    this.detach();
    this.container ??= this.deps.mountUi(this);
    this.fieldAbort = new AbortController();
    const s = this.fieldAbort.signal;
    const schedule = this.guard(() => this.schedule());
    el.addEventListener('input', schedule, { signal: s });
    el.addEventListener('scroll', this.guard(() => this.relayout()), { passive: true, signal: s });
    if (el.localName === 'textarea') {
      this.mirror = new TextareaMirror(this.container);
      // Programmatic value changes fire no event: look again on key-up and on focus.
      el.addEventListener('keyup', schedule, { signal: s });
    } else {
      ensureHighlightStyles(el, this.win);
      const mo = new this.win.MutationObserver(schedule);
      mo.observe(el, { characterData: true, childList: true, subtree: true });
      s.addEventListener('abort', () => mo.disconnect(), { once: true });
    }
    const ro = typeof this.win.ResizeObserver === 'function' ? new this.win.ResizeObserver(this.guard(() => this.relayout())) : null;
    ro?.observe(el);
    if (ro) s.addEventListener('abort', () => ro.disconnect(), { once: true });
    if (!this.analyzers.has(el)) this.analyzers.set(el, this.deps.createAnalyzer());
    if (this.historyField && this.historyField !== el) this.record((h) => h.startReply());
    this.historyField = el;
    batch(() => {
      this.field.value = el;
      this.card.value = null;
      this.notice.value = null;
    });
    this.lastText = '\u0000';
    this.analyzeNow();
  }

  detach(): void {
    clearTimeout(this.timer);
    this.fieldAbort?.abort();
    this.fieldAbort = null;
    this.mirror?.remove();
    this.mirror = null;
    if (highlightsSupported(this.win)) clearHighlights(this.win);
    this.ranges.clear();
    this.visibleHints = [];
    this.lastPainted = '';
    this.map = null;
    batch(() => {
      this.field.value = null;
      this.card.value = null;
      this.panelOpen.value = false;
      this.analysis.value = { language: this.analysis.value.language, hints: [], steps: noSteps() };
    });
  }

  schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(this.guard(() => this.analyzeNow()), this.deps.debounceMs ?? 150);
  }

  /** Reads the field, analyses (incrementally) and redraws. */
  analyzeNow(): void {
    const el = this.field.value;
    if (!el) return;
    let text: string;
    if (el.localName === 'textarea') {
      text = (el as HTMLTextAreaElement).value;
      this.map = null;
    } else {
      this.map = TextMap.read(el);
      text = this.map.text;
    }
    if (text === this.lastText) return;
    this.lastText = text;
    if (this.notice.value) this.notice.value = null; // the writer moved on
    const analysis = this.analyzers.get(el)!.analyze(text);
    batch(() => {
      this.analysis.value = analysis;
      const card = this.card.value;
      if (card && !analysis.hints.some((h) => h.id === card.hint.id)) this.card.value = null;
    });
    this.record((h) => h.analysed(text, analysis, this.hints.value));
    this.paint();
  }

  /** Draws the underlines for the current hints. */
  paint(): void {
    const el = this.field.value;
    if (!el) return;
    const hints = this.hints.value;
    const active = this.card.value?.hint.id ?? null;
    if (this.mirror) {
      this.mirror.update(this.lastText, hints, active);
      this.mirror.position(el as HTMLTextAreaElement);
    } else if (this.map) {
      ensureHighlightStyles(el, this.win); // the page may have replaced its adopted stylesheets meanwhile
      this.ranges.clear();
      this.paintGeneration++;
      for (const h of hints) {
        const r = this.map.range(h.start, h.end);
        if (r) this.ranges.set(h.id, r);
      }
      this.paintVisible();
    }
    this.layout.value++;
  }

  /**
   * Highlights only the hints in view: the browser revalidates every highlighted range on each DOM change,
   * so a long reply with hundreds of hints would cost on every keystroke. Scrolling paints the newly visible.
   */
  private paintVisible(): void {
    const el = this.field.value;
    if (!el || this.mirror) return;
    const fr = el.getBoundingClientRect();
    const top = Math.max(fr.top, 0) - 60;
    const bottom = Math.min(fr.bottom, this.win.innerHeight) + 60;
    // Hints in text order lie in vertical order: find the first in view by bisection, then walk while in view.
    const hints = [...this.hints.value].filter((h) => this.ranges.has(h.id)).sort((a, b) => a.start - b.start);
    const rect = (h: Hint) => this.ranges.get(h.id)!.getBoundingClientRect();
    let lo = 0;
    let hi = hints.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (rect(hints[mid]).bottom < top) lo = mid + 1;
      else hi = mid;
    }
    const visible: Hint[] = [];
    for (let i = lo; i < hints.length; i++) {
      const r = rect(hints[i]);
      if (r.top > bottom) break;
      if (r.bottom >= top || (r.width === 0 && r.height === 0)) visible.push(hints[i]);
    }
    this.visibleHints = visible;
    const active = this.card.value?.hint.id ?? null;
    const key = `${active}|${visible.map((h) => h.id).join(',')}|${this.paintGeneration}`;
    if (key === this.lastPainted) return; // scrolling within the same hints: nothing to redraw
    this.lastPainted = key;
    const sel = this.deps.doc.getSelection();
    const caretNode = sel?.focusNode && el.contains(sel.focusNode) ? sel.focusNode : null;
    paintHighlights(this.win, visible, this.ranges, active, caretNode);
  }

  relayout(): void {
    if (this.frame) return;
    this.frame = this.win.requestAnimationFrame(
      this.guard(() => {
        this.frame = 0;
        const el = this.field.value;
        if (!el) return;
        if (this.mirror) this.mirror.position(el as HTMLTextAreaElement);
        else this.paintVisible();
        const card = this.card.value;
        if (card) {
          const r = this.hintRects(card.hint)[0];
          this.card.value = r ? { ...card, rect: { left: r.left, top: r.top, bottom: r.bottom } } : null;
        }
        this.layout.value++;
      }),
    );
  }

  hintRects(h: Hint): DOMRect[] {
    if (this.mirror) return this.mirror.rects(h.id);
    const r = this.ranges.get(h.id);
    return r ? [...r.getClientRects()] : [];
  }

  /** Pointer moves are looked at once per frame, and only over the field (and only its hints in view). */
  private onPointer(e: MouseEvent): void {
    this.pointer = { x: e.clientX, y: e.clientY };
    if (this.pointerFrame) return;
    this.pointerFrame = this.win.requestAnimationFrame(
      this.guard(() => {
        this.pointerFrame = 0;
        this.pointAt(this.pointer.x, this.pointer.y);
      }),
    );
  }

  private pointAt(x: number, y: number): void {
    const el = this.field.value;
    if (this.pointerOnCard || !el) return;
    const fr = el.getBoundingClientRect();
    const inside = x >= fr.left && x <= fr.right && y >= fr.top && y <= fr.bottom;
    const candidates = !inside ? [] : this.mirror ? this.hints.value : this.visibleHints;
    const hint = candidates.find((h) => this.hintRects(h).some((r) => x >= r.left && x <= r.right && y >= r.top - 2 && y <= r.bottom + 2));
    const card = this.card.value;
    if (hint) {
      if (card?.hint.id !== hint.id) this.showCard(hint, 'pointer');
    } else if (card?.by === 'pointer') {
      this.card.value = null;
      this.paint();
    }
  }

  private onCaret(): void {
    const el = this.field.value;
    if (!el || this.pointerOnCard) return;
    const offset = this.caretOffset(el);
    if (offset < 0) return;
    const hint = this.hints.value.find((h) => offset >= h.start && offset <= h.end);
    const card = this.card.value;
    if (hint && card?.hint.id !== hint.id) this.showCard(hint, 'caret');
    else if (!hint && card?.by === 'caret') {
      this.card.value = null;
      this.paint();
    }
  }

  private caretOffset(el: HTMLElement): number {
    if (el.localName === 'textarea') {
      const ta = el as HTMLTextAreaElement;
      return (el.getRootNode() as Document | ShadowRoot).activeElement === ta || this.deps.doc.activeElement === ta ? ta.selectionStart : -1;
    }
    const sel = this.deps.doc.getSelection();
    if (!sel || !sel.rangeCount || !sel.focusNode || !el.contains(sel.focusNode) || !this.map) return -1;
    return this.map.offsetOf(sel.focusNode, sel.focusOffset);
  }

  showCard(hint: Hint, by: 'pointer' | 'caret'): void {
    if (this.panelOpen.value) return; // the panel already shows every hint
    const r = this.hintRects(hint)[0];
    if (!r) return;
    this.card.value = { hint, by, rect: { left: r.left, top: r.top, bottom: r.bottom } };
    this.paint();
  }

  setPointerOnCard(on: boolean): void {
    this.pointerOnCard = on;
  }

  private onShortcut(e: KeyboardEvent): void {
    if (e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyS' && this.field.value) {
      e.preventDefault();
      e.stopPropagation();
      this.openPanel();
    }
  }

  openPanel(): void {
    const sel = this.deps.doc.getSelection();
    const el = this.field.value;
    this.savedRange = sel && sel.rangeCount && el && el.contains(sel.getRangeAt(0).startContainer) ? sel.getRangeAt(0).cloneRange() : null;
    batch(() => {
      this.panelOpen.value = true;
      this.card.value = null;
    });
    this.paint();
  }

  /** Closes the panel and puts the focus back in the text, where the caret was. */
  closePanel(): void {
    this.panelOpen.value = false;
    this.returnFocus();
  }

  returnFocus(): void {
    const el = this.field.value;
    if (!el) return;
    el.focus({ preventScroll: true });
    if (this.savedRange && el.localName !== 'textarea') {
      const sel = this.deps.doc.getSelection();
      sel?.removeAllRanges();
      sel?.addRange(this.savedRange);
    }
  }

  dismiss(hint: Hint): void {
    this.record((h) => h.acted(hint, 'dismissed', this.lastText, this.analysis.value.language));
    this.dismissed.value = new Set([...this.dismissed.value, hint.id]);
    if (this.card.value?.hint.id === hint.id) this.card.value = null;
    this.paint();
  }

  mute(hint: Hint): void {
    if (this.mutesLocked.value) return; // the policy decides what is shown
    this.record((h) => h.acted(hint, 'muted', this.lastText, this.analysis.value.language));
    this.muted.value = new Set([...this.muted.value, hint.ruleId]);
    this.deps.muteRule(hint.ruleId);
    if (this.card.value?.hint.id === hint.id) this.card.value = null;
    this.paint();
  }

  /**
   * The hint's rewrites as the card and the panel offer them: checked (lib/rewrite/check.ts) on the text as it
   * is now, once per hint and text, so applying one rewrite checks the others again on the new text.
   */
  rewrites(hint: Hint): HintRewrites {
    if (this.rewritesFor !== this.lastText) {
      this.offered.clear();
      this.rewritesFor = this.lastText;
    }
    let offer = this.offered.get(hint.id);
    if (!offer) {
      const el = this.field.value;
      const compiled = el ? this.analyzers.get(el)?.compiled : undefined;
      try {
        offer = compiled ? offerRewrites(hint, this.lastText, this.analysis.value, compiled) : NO_REWRITES;
      } catch (e) {
        this.deps.onError?.(e);
        offer = NO_REWRITES;
      }
      this.offered.set(hint.id, offer);
    }
    return offer;
  }

  /** Puts the hint's model sentence in place of its sentence, with the first part to fill in selected. */
  async useModel(hint: Hint): Promise<ApplyResult> {
    const model = this.rewrites(hint).model;
    if (!model?.replaces) return 'failed';
    const { start, end } = model.replaces;
    return this.applyTarget(hint, { start, end, text: this.lastText.slice(start, end), replacement: model.text, select: model.fill[0] });
  }

  /** Applies a suggestion to the field (CONTRACT.md §2). */
  async apply(hint: Hint, replacement: string): Promise<ApplyResult> {
    return this.applyTarget(hint, { start: hint.start, end: hint.end, text: hint.text, replacement });
  }

  private async applyTarget(hint: Hint, target: ApplyTarget): Promise<ApplyResult> {
    const el = this.field.value;
    if (!el) return 'failed';
    const settle = this.deps.settle ?? frameSettle(this.win);
    const replacement = target.replacement;
    const before = this.lastText;
    const lang = this.analysis.value.language;
    let result: ApplyResult;
    try {
      result = el.localName === 'textarea' ? await applyToTextarea(el as HTMLTextAreaElement, target, settle) : await applyToContentEditable(el, target, settle);
    } catch (e) {
      this.deps.onError?.(e);
      result = 'failed';
    }
    if (result === 'applied') this.record((h) => h.acted(hint, 'applied', before, lang, replacement));
    this.card.value = null;
    this.analyzeNow();
    this.notice.value = result === 'failed' ? 'coachApplyFailed' : result === 'stale' ? 'coachChanged' : null;
    return result;
  }
}
