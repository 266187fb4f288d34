/**
 * The coach of one document: follows the writing field, analyses its text as it changes, draws underlines and
 * holds the UI state (signals). All side effects come in through `CoachDeps`: no chrome.* here, so it runs in
 * happy-dom. Everything stops when `signal` aborts.
 */
import { batch, computed, signal, type Signal } from '@preact/signals';
import type { Analysis, Hint } from '../../lib/index';
import { noSteps, type Language } from '../../lib/coaching';
import { frameSettle, type ApplyResult, type Settle } from './apply';
import { watchFields } from './fields';
import { createSurface, type Surface } from './surface';

export interface TextAnalyzer {
  analyze(text: string): Analysis;
}

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
  /** The field being coached, as a surface (surface.ts): the only place that knows its kind. */
  private surface: Surface | null = null;
  private container: HTMLElement | null = null;
  private lastText = '';
  private frame = 0;
  private savedCaret = -1;
  private pointerOnCard = false;
  private pointer = { x: 0, y: 0 };
  private pointerFrame = 0;
  /** The field the history's current reply belongs to. */
  private historyField: HTMLElement | null = null;
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
    this.surface = createSurface(el, { win: this.win, container: this.container });
    this.surface.watch(
      this.guard(() => this.schedule()),
      this.guard(() => this.relayout()),
      this.fieldAbort.signal,
    );
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
    this.surface?.dispose();
    this.surface = null;
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
    const surface = this.surface;
    if (!el || !surface) return;
    const { text } = surface.read();
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
    this.surface?.paint(this.hints.value, this.card.value?.hint.id ?? null);
    this.layout.value++;
  }

  relayout(): void {
    if (this.frame) return;
    this.frame = this.win.requestAnimationFrame(
      this.guard(() => {
        this.frame = 0;
        if (!this.surface) return;
        this.surface.relayout();
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
    return this.surface?.rects(h) ?? [];
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
    const candidates = inside && this.surface ? this.surface.hintsInView() : [];
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
    if (!this.surface || this.pointerOnCard) return;
    const offset = this.surface.caretOffset();
    if (offset < 0) return;
    const hint = this.hints.value.find((h) => offset >= h.start && offset <= h.end);
    const card = this.card.value;
    if (hint && card?.hint.id !== hint.id) this.showCard(hint, 'caret');
    else if (!hint && card?.by === 'caret') {
      this.card.value = null;
      this.paint();
    }
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
    this.savedCaret = this.surface?.caretOffset() ?? -1;
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
    this.surface?.focusAt(this.savedCaret >= 0 ? this.savedCaret : null);
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

  /** Applies a suggestion to the field (CONTRACT.md §2). */
  async apply(hint: Hint, replacement: string): Promise<ApplyResult> {
    const el = this.field.value;
    if (!el) return 'failed';
    const settle = this.deps.settle ?? frameSettle(this.win);
    const target = { start: hint.start, end: hint.end, text: hint.text, replacement };
    const before = this.lastText;
    const lang = this.analysis.value.language;
    const surface = this.surface;
    let result: ApplyResult;
    try {
      result = surface ? await surface.apply(target, settle) : 'failed';
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
