/**
 * The coach of one document: follows the writing field, analyses its text as it changes, draws underlines and
 * holds the UI state (signals). All side effects come in through `CoachDeps`: no chrome.* here, so it runs in
 * happy-dom. Everything stops when `signal` aborts.
 */
import { batch, computed, signal, type Signal } from '@preact/signals';
import type { Analysis, Hint, HintModel, StepId } from '../../lib/index';
import type { CompiledRuleset } from '../../lib/engine/compile';
import { weakSteps } from '../../lib/engine/analyze';
import { noSteps, type Language } from '../../lib/coaching';
import { offerRewrites } from '../../lib/rewrite/check';
import type { TextSpan } from '../../lib/text/regions';
import { frameSettle, type ApplyResult, type ApplyTarget, type Settle } from './apply';
import { carryDismissals, followHints, isDismissed, type Dismissal } from './dismissals';
import { watchFields } from './fields';
import { createSurface, type Surface } from './surface';
import { BADGE_SIZE, placeBadge, type Box } from './ui/place';

export interface TextAnalyzer {
  /** `skip`: the parts the field's structure marks as quoted or a signature (Analyzer.analyze). */
  analyze(text: string, skip?: readonly TextSpan[]): Analysis;
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
  /** The longest an analysis waits while the field keeps changing, ms (default 600). */
  maxWaitMs?: number;
  settle?: Settle;
  /** Errors in Sävy's own handlers: reported here, never thrown into the page. */
  onError?(e: unknown): void;
  /**
   * Whether an event on one of Sävy's controls comes from the writer (docs/contract.md §2: controls act only on trusted
   * input). Default `event.isTrusted`; tests of the UI in happy-dom, whose events are never trusted, replace it.
   */
  isTrusted?(e: Event): boolean;
}

export interface CardState {
  hint: Hint;
  rect: { left: number; top: number; bottom: number };
  by: 'pointer' | 'caret';
}

/** Where an action was started: after it, the focus goes back to the text (card) or stays in the panel (panel). */
export type ActionFrom = 'card' | 'panel';

/** A request to the panel to take the focus: onto a hint's first control, or (null) the first control. */
export interface PanelFocus {
  hintId: string | null;
  /** Only when the focus is not in the panel already (Alt+Shift+S with the panel open). */
  enter: boolean;
  n: number;
}

const sameSpans = (a: readonly TextSpan[], b: readonly TextSpan[]) =>
  a.length === b.length && a.every((s, i) => s.start === b[i].start && s.end === b[i].end);

/** How long a card opened by the pointer stays after the pointer left its underline (time to reach the card). */
const CARD_LEAVE_MS = 300;

const isCardNode = (n: EventTarget): boolean => (n as Element).nodeType === 1 && (n as Element).hasAttribute('data-savy-card');

export class Coach {
  readonly field: Signal<HTMLElement | null> = signal(null);
  readonly analysis: Signal<Analysis> = signal({ language: 'fi', hints: [], steps: noSteps() });
  /** Hints the writer dismissed, by rule and place (dismissals.ts): they stay dismissed while the writer types on. */
  readonly dismissed: Signal<readonly Dismissal[]> = signal([]);
  readonly muted: Signal<ReadonlySet<string>>;
  readonly panelOpen = signal(false);
  readonly panelFocus: Signal<PanelFocus | null> = signal(null);
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
    return this.analysis.value.hints.filter((h) => !muted.has(h.ruleId) && !isDismissed(dismissed, h));
  });
  /** Steps covered only by a phrase that has an open hint (a dismissed or muted hint no longer makes one weak). */
  readonly weak = computed((): readonly StepId[] => weakSteps(this.analysis.value, this.hints.value));
  readonly lang: Language;

  private analyzers = new WeakMap<HTMLElement, TextAnalyzer>();
  private fieldAbort: AbortController | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private pendingSince = 0;
  /** The field being coached, as a surface (surface.ts): the only place that knows its kind. */
  private surface: Surface | null = null;
  private container: HTMLElement | null = null;
  private lastText = '';
  private lastSkip: readonly TextSpan[] = [];
  private frame = 0;
  /** The caret's last offset in the field (kept while the focus is in Sävy's UI), -1 when unknown. */
  private caret = -1;
  private pointer = { x: 0, y: 0, onCard: false };
  private pointerFrame = 0;
  private leaveTimer: ReturnType<typeof setTimeout> | undefined;
  private focusRequests = 0;
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
    abortSignal.addEventListener(
      'abort',
      () => {
        clearTimeout(this.leaveTimer);
        this.detach();
      },
      { once: true },
    );
  }

  start(): void {
    const { doc } = this.deps;
    watchFields(
      doc,
      () => this.field.value,
      { onField: this.guard((el) => this.attach(el)), onFieldGone: this.guard(() => this.detach()) },
      this.abortSignal,
    );
    const opts = { capture: true, passive: true, signal: this.abortSignal };
    doc.addEventListener(
      'scroll',
      this.guard(() => this.relayout()),
      opts,
    );
    this.win.addEventListener(
      'resize',
      this.guard(() => this.relayout()),
      opts,
    );
    doc.addEventListener(
      'mousemove',
      this.guard((e: MouseEvent) => this.onPointer(e)),
      opts,
    );
    doc.addEventListener(
      'selectionchange',
      this.guard(() => this.onCaret()),
      { signal: this.abortSignal },
    );
    doc.addEventListener(
      'keydown',
      this.control((e: KeyboardEvent) => this.onKey(e)),
      { capture: true, signal: this.abortSignal },
    );
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

  /**
   * The one gate of every control's handler (badge, card, panel, keyboard): acts only on input from the writer
   * (docs/contract.md §2: the page's scripts can read the shadow root but cannot act as the writer), and never throws.
   */
  control<E extends Event>(fn: (e: E) => unknown): (e: E) => void {
    return (e: E) => {
      if (!(this.deps.isTrusted ? this.deps.isTrusted(e) : e.isTrusted)) return;
      try {
        const r = fn(e);
        if (r instanceof Promise) r.catch((err: unknown) => this.deps.onError?.(err));
      } catch (err) {
        this.deps.onError?.(err);
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
      this.guard(() => this.onCaret()),
    );
    if (!this.analyzers.has(el)) this.analyzers.set(el, this.deps.createAnalyzer());
    if (this.historyField && this.historyField !== el) this.record((h) => h.startReply());
    this.historyField = el;
    batch(() => {
      this.field.value = el;
      this.card.value = null;
      this.notice.value = null;
      this.dismissed.value = [];
    });
    this.caret = -1;
    this.lastText = '\u0000';
    this.analyzeNow();
  }

  detach(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
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

  /**
   * Analyses once the field has been still for `debounceMs`, but never later than `maxWaitMs` after the first
   * change: an editor that keeps touching its DOM (autosave serialising the content, a plugin's markers) must not
   * starve the writer of hints.
   */
  schedule(): void {
    const now = Date.now();
    if (this.timer === undefined) this.pendingSince = now;
    else if (now - this.pendingSince >= (this.deps.maxWaitMs ?? 600)) return; // the pending analysis runs soon
    clearTimeout(this.timer);
    this.timer = setTimeout(
      this.guard(() => {
        this.timer = undefined;
        this.analyzeNow();
      }),
      this.deps.debounceMs ?? 150,
    );
  }

  /** Reads the field, analyses (incrementally) and redraws. */
  analyzeNow(): void {
    const el = this.field.value;
    const surface = this.surface;
    if (!el || !surface) return;
    const { text, skip } = surface.read();
    if (text === this.lastText && sameSpans(skip, this.lastSkip)) return;
    this.lastSkip = skip;
    const before = this.lastText;
    this.lastText = text;
    if (this.notice.value) this.notice.value = null; // the writer moved on
    const analysis = this.analyzers.get(el)!.analyze(text, skip);
    batch(() => {
      if (this.dismissed.value.length) this.dismissed.value = followHints(carryDismissals(this.dismissed.value, before, text), analysis.hints);
      this.analysis.value = analysis;
      const card = this.card.value;
      if (card && !this.hints.value.some((h) => h.id === card.hint.id)) this.card.value = null;
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

  /**
   * The line being written: the caret's line across the field (client coordinates), so that the card, the panel and
   * the badge keep off it; null when the caret was never in the field.
   */
  writingLine(): Box | null {
    const el = this.field.value;
    const at = this.surface?.caretOffset() ?? -1;
    const offset = at >= 0 ? at : this.caret;
    if (!el || offset < 0) return null;
    const r = this.surface?.offsetRect(offset);
    if (!r) return null;
    const f = el.getBoundingClientRect();
    return { left: f.left, right: f.right, top: r.top, bottom: r.bottom };
  }

  /**
   * Pointer moves are looked at once per frame, and only over the field (and only its hints in view). Whether the
   * pointer is on the card is read from each move's own path, never remembered from enter/leave events: a card
   * that vanishes under the pointer must not leave anything behind.
   */
  private onPointer(e: MouseEvent): void {
    this.pointer = { x: e.clientX, y: e.clientY, onCard: e.composedPath().some(isCardNode) };
    if (this.pointerFrame) return;
    this.pointerFrame = this.win.requestAnimationFrame(
      this.guard(() => {
        this.pointerFrame = 0;
        this.pointAt();
      }),
    );
  }

  private hintAt(x: number, y: number): Hint | undefined {
    const el = this.field.value;
    if (!el || !this.surface) return undefined;
    const fr = el.getBoundingClientRect();
    if (x < fr.left || x > fr.right || y < fr.top || y > fr.bottom) return undefined;
    return this.surface.hintsInView().find((h) => this.hintRects(h).some((r) => x >= r.left && x <= r.right && y >= r.top - 2 && y <= r.bottom + 2));
  }

  private pointAt(): void {
    const { x, y, onCard } = this.pointer;
    const card = this.card.value;
    if (card && onCard) {
      this.stayOpen();
      return;
    }
    const hint = this.hintAt(x, y);
    if (hint) {
      this.stayOpen();
      if (card?.hint.id !== hint.id) this.showCard(hint, 'pointer');
    } else if (card?.by === 'pointer' && this.leaveTimer === undefined) {
      // Off the underline: the card stays a moment, so the pointer can cross the gap onto it.
      this.leaveTimer = setTimeout(
        this.guard(() => {
          this.leaveTimer = undefined;
          const now = this.card.value;
          if (now?.by === 'pointer' && !this.pointer.onCard && !this.hintAt(this.pointer.x, this.pointer.y)) this.closeCard();
        }),
        CARD_LEAVE_MS,
      );
    }
  }

  private stayOpen(): void {
    clearTimeout(this.leaveTimer);
    this.leaveTimer = undefined;
  }

  private onCaret(): void {
    if (!this.surface) return;
    const offset = this.surface.caretOffset();
    if (offset < 0) return;
    this.caret = offset;
    // Inside the hinted words, not just before or after them: a writer typing on past a phrase gets no card.
    const hint = this.hints.value.find((h) => offset > h.start && offset < h.end);
    const card = this.card.value;
    if (hint && card?.hint.id !== hint.id) this.showCard(hint, 'caret');
    else if (!hint && card?.by === 'caret') this.closeCard();
  }

  showCard(hint: Hint, by: 'pointer' | 'caret'): void {
    if (this.panelOpen.value) return; // the panel already shows every hint
    const r = this.hintRects(hint)[0];
    if (!r) return;
    this.card.value = { hint, by, rect: { left: r.left, top: r.top, bottom: r.bottom } };
    this.paint();
  }

  closeCard(): void {
    this.stayOpen();
    if (!this.card.value) return;
    this.card.value = null;
    this.paint();
  }

  private onKey(e: KeyboardEvent): void {
    if (e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyS' && this.field.value) {
      e.preventDefault();
      e.stopPropagation();
      if (this.panelOpen.value) this.focusPanel(this.hintAtCaret()?.id ?? null, true);
      else this.openPanel();
    } else if (e.key === 'Escape' && (this.panelOpen.value || this.card.value) && this.ours(e)) {
      // Escape in the text or in Sävy's UI closes the panel (the focus back in the text) or else the card; an
      // Escape meant for something else on the page is left alone.
      e.preventDefault();
      e.stopPropagation();
      if (this.panelOpen.value) this.closePanel();
      else this.closeCard();
    }
  }

  /** Whether a key was pressed in the field or in Sävy's own UI. */
  private ours(e: Event): boolean {
    const target = e.composedPath()[0] as Node | undefined;
    const el = this.field.value;
    if (!target || !el) return false;
    if (el === target || el.contains(target)) return true;
    const root = target.getRootNode?.() as ShadowRoot | Document | undefined;
    return !!root && 'host' in root && (root.host as Element).localName === 'savy-coach';
  }

  private hintAtCaret(): Hint | undefined {
    const at = this.surface?.caretOffset() ?? -1;
    return at < 0 ? undefined : this.hints.value.find((h) => at >= h.start && at <= h.end);
  }

  /** Where the badge is (placeBadge): the card keeps clear of it, so the badge can always be clicked. */
  badgeBox(): Box | null {
    const el = this.field.value;
    if (!el) return null;
    const { left, top } = placeBadge(
      el.getBoundingClientRect(),
      BADGE_SIZE,
      { width: this.win.innerWidth, height: this.win.innerHeight },
      this.writingLine(),
    );
    return { left, top, right: left + BADGE_SIZE, bottom: top + BADGE_SIZE };
  }

  /** Opens the panel with the focus on the hint at the caret (or its first control). */
  openPanel(): void {
    const at = this.surface?.caretOffset() ?? -1;
    if (at >= 0) this.caret = at;
    const hintId = this.hintAtCaret()?.id ?? null;
    batch(() => {
      this.panelOpen.value = true;
      this.card.value = null;
      this.focusPanel(hintId, false);
    });
    this.paint();
  }

  /** Asks the panel to take the focus (Panel.tsx carries it out after it has drawn). */
  focusPanel(hintId: string | null, enter: boolean): void {
    this.panelFocus.value = { hintId, enter, n: ++this.focusRequests };
  }

  /** Closes the panel and puts the focus back in the text, where the caret was. */
  closePanel(): void {
    this.panelOpen.value = false;
    this.returnFocus();
  }

  /** Puts the focus back in the text, at the caret. */
  returnFocus(): void {
    this.surface?.focusAt(this.caret >= 0 ? this.caret : null);
  }

  /**
   * After an action: the focus back in the text at the caret (any card action, and a rewrite from the panel: the
   * writer sees the new words in place and Ctrl+Z undoes them in every editor), or in the panel on the hint now at
   * `index` (Dismiss and "Don't show again" from the panel: the keyboard walks on through the hints).
   */
  private after(from: ActionFrom | 'rewrite', index: number): void {
    if (from === 'rewrite') {
      this.returnFocus();
      return;
    }
    if (from === 'card') {
      this.closeCard();
      this.returnFocus();
      return;
    }
    const hints = this.hints.value;
    this.focusPanel(hints.length ? hints[Math.min(index, hints.length - 1)].id : null, false);
  }

  dismiss(hint: Hint, from: ActionFrom = 'panel'): void {
    const index = this.hints.value.findIndex((h) => h.id === hint.id);
    this.record((h) => h.acted(hint, 'dismissed', this.lastText, this.analysis.value.language));
    batch(() => {
      this.dismissed.value = [...this.dismissed.value, { ruleId: hint.ruleId, start: hint.start, end: hint.end }];
      if (this.card.value?.hint.id === hint.id) this.card.value = null;
    });
    this.paint();
    this.after(from, index);
  }

  mute(hint: Hint, from: ActionFrom = 'panel'): void {
    if (this.mutesLocked.value) return; // the policy decides what is shown
    const index = this.hints.value.findIndex((h) => h.id === hint.id);
    this.record((h) => h.acted(hint, 'muted', this.lastText, this.analysis.value.language));
    batch(() => {
      this.muted.value = new Set([...this.muted.value, hint.ruleId]);
      if (this.card.value?.hint.id === hint.id) this.card.value = null;
    });
    this.deps.muteRule(hint.ruleId);
    this.paint();
    this.after(from, index);
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
  async insertModel(hint: Hint, from: ActionFrom = 'panel'): Promise<ApplyResult> {
    const model = this.rewrites(hint).model;
    if (!model?.replaces) return 'failed';
    const { start, end } = model.replaces;
    return this.applyTarget(hint, { start, end, text: this.lastText.slice(start, end), replacement: model.text, select: model.fill[0] }, from);
  }

  /** Applies a suggestion to the field (docs/contract.md §2). */
  async apply(hint: Hint, replacement: string, from: ActionFrom = 'panel'): Promise<ApplyResult> {
    return this.applyTarget(hint, { start: hint.start, end: hint.end, text: hint.text, replacement }, from);
  }

  private async applyTarget(hint: Hint, put: Omit<ApplyTarget, 'onChanged'>, from: ActionFrom): Promise<ApplyResult> {
    const el = this.field.value;
    if (!el) return 'failed';
    const index = this.hints.value.findIndex((h) => h.id === hint.id);
    const settle = this.deps.settle ?? frameSettle(this.win);
    const replacement = put.replacement;
    const before = this.lastText;
    const lang = this.analysis.value.language;
    const surface = this.surface;
    this.closeCard();
    // Recorded when the text changes, not a frame later when the change is verified (issue 10).
    let recorded = false;
    const onChanged = () => {
      if (recorded) return;
      recorded = true;
      this.record((h) => h.acted(hint, 'applied', before, lang, replacement));
    };
    const target: ApplyTarget = { ...put, onChanged };
    let result: ApplyResult;
    try {
      result = surface ? await surface.apply(target, settle) : 'failed';
    } catch (e) {
      this.deps.onError?.(e);
      result = 'failed';
    }
    if (result === 'applied') {
      onChanged();
      // After the new words, or at the end of the part to fill in, selected (where the editor reports its caret).
      this.caret = put.start + (put.select ? put.select[1] : replacement.length);
    }
    this.analyzeNow();
    this.notice.value = result === 'failed' ? 'coachApplyFailed' : result === 'stale' ? 'coachChanged' : null;
    if (this.surface === surface) this.after(from === 'card' || result === 'applied' ? 'rewrite' : from, index);
    return result;
  }
}
