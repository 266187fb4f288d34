/**
 * A contenteditable editing host as the coach sees it: its text through `TextMap` (text-map.ts), underlines with
 * the CSS Custom Highlight API (highlights.ts, no DOM change in the editor), a rewrite through the editor's own
 * input handling (apply.ts).
 */
import type { Hint } from '../../lib/index';
import { applyToContentEditable, type ApplyTarget, type Settle } from './apply';
import { clearHighlights, ensureHighlightStyles, highlightsSupported, paintHighlights } from './highlights';
import type { FieldText, Surface, SurfaceContext } from './surface';
import { watchResize } from './surface-textarea';
import { TextMap } from './text-map';

export class ContentEditableSurface implements Surface {
  private map: TextMap | null = null;
  private ranges = new Map<string, Range>();
  private hints: readonly Hint[] = [];
  private active: string | null = null;
  /** The hints painted last (those in view). */
  private visible: Hint[] = [];
  private lastPainted = '';
  /** Bumped whenever the ranges are rebuilt (the same hint ids may then have new ranges). */
  private generation = 0;

  constructor(
    readonly el: HTMLElement,
    private readonly ctx: SurfaceContext,
  ) {
    ensureHighlightStyles(el, ctx.win);
  }

  read(): FieldText {
    this.map = TextMap.read(this.el);
    return { text: this.map.text, skip: this.map.skip };
  }

  paint(hints: readonly Hint[], active: string | null): void {
    const map = this.map;
    if (!map) return;
    ensureHighlightStyles(this.el, this.ctx.win); // the page may have replaced its adopted stylesheets meanwhile
    this.hints = hints;
    this.active = active;
    this.ranges.clear();
    this.generation++;
    for (const h of hints) {
      const r = map.range(h.start, h.end);
      if (r) this.ranges.set(h.id, r);
    }
    this.paintVisible();
  }

  relayout(): void {
    this.paintVisible();
  }

  /**
   * Highlights only the hints in view: the browser revalidates every highlighted range on each DOM change,
   * so a long reply with hundreds of hints would cost on every keystroke. Scrolling paints the newly visible.
   */
  private paintVisible(): void {
    const { el, ctx } = this;
    const fr = el.getBoundingClientRect();
    const top = Math.max(fr.top, 0) - 60;
    const bottom = Math.min(fr.bottom, ctx.win.innerHeight) + 60;
    // Hints in text order lie in vertical order: find the first in view by bisection, then walk while in view.
    const hints = this.hints.filter((h) => this.ranges.has(h.id)).sort((a, b) => a.start - b.start);
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
    this.visible = visible;
    const key = `${this.active}|${visible.map((h) => h.id).join(',')}|${this.generation}`;
    if (key === this.lastPainted) return; // scrolling within the same hints: nothing to redraw
    this.lastPainted = key;
    const sel = el.ownerDocument.getSelection();
    const caretNode = sel?.focusNode && el.contains(sel.focusNode) ? sel.focusNode : null;
    paintHighlights(ctx.win, visible, this.ranges, this.active, caretNode);
  }

  rects(hint: Hint): DOMRect[] {
    const r = this.ranges.get(hint.id);
    return r ? [...r.getClientRects()] : [];
  }

  hintsInView(): readonly Hint[] {
    return this.visible;
  }

  private selectionInField(): Selection | null {
    const sel = this.el.ownerDocument.getSelection();
    return sel && sel.rangeCount && sel.focusNode && this.el.contains(sel.focusNode) ? sel : null;
  }

  caretOffset(): number {
    const sel = this.selectionInField();
    if (!sel || !this.map) return -1;
    return this.map.offsetOf(sel.focusNode!, sel.focusOffset);
  }

  offsetRect(offset: number): DOMRect | null {
    const at = this.map?.position(offset, true);
    if (!at) return null;
    const r = this.el.ownerDocument.createRange();
    try {
      r.setStart(at.node, at.offset);
    } catch {
      return null;
    }
    r.collapse(true);
    const rect = r.getClientRects()[0];
    if (rect && rect.height) return rect;
    // A caret in an empty line has no rectangle of its own: the line's block has.
    return (at.node.parentElement ?? this.el).getBoundingClientRect();
  }

  focusAt(offset: number | null): void {
    const { el } = this;
    const doc = el.ownerDocument;
    const root = el.getRootNode() as Document | ShadowRoot;
    if (root.activeElement !== el && !el.contains(root.activeElement)) el.focus({ preventScroll: true });
    if (offset === null || !this.map || offset < 0 || offset > this.map.text.length) return;
    if (this.caretOffset() === offset) return; // already there: leave the editor's own selection alone
    const at = this.map.position(offset, true);
    const sel = doc.getSelection();
    if (!at || !sel) return;
    try {
      sel.collapse(at.node, at.offset);
    } catch {
      /* the node left the editor: keep the editor's caret */
    }
  }

  apply(target: ApplyTarget, settle: Settle) {
    return applyToContentEditable(this.el, target, settle);
  }

  watch(changed: () => void, moved: () => void, signal: AbortSignal): void {
    const { el, ctx } = this;
    el.addEventListener('input', changed, { signal });
    el.addEventListener('scroll', moved, { passive: true, signal });
    const mo = new ctx.win.MutationObserver(changed);
    mo.observe(el, { characterData: true, childList: true, subtree: true });
    signal.addEventListener('abort', () => mo.disconnect(), { once: true });
    watchResize(el, moved, signal, ctx.win);
  }

  dispose(): void {
    if (highlightsSupported(this.ctx.win)) clearHighlights(this.ctx.win);
    this.ranges.clear();
    this.visible = [];
    this.lastPainted = '';
    this.map = null;
  }
}
