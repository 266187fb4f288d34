/**
 * A textarea as the coach sees it: its value is the text; underlines are a mirror in Sävy's shadow root laid over
 * it (mirror.ts); a rewrite goes through the browser's own editing (apply.ts).
 */
import type { Hint } from '../../lib/index';
import { applyToTextarea, type ApplyTarget, type Settle } from './apply';
import { TextareaMirror } from './mirror';
import type { FieldText, Surface, SurfaceContext } from './surface';

export class TextareaSurface implements Surface {
  private readonly mirror: TextareaMirror;
  private text = '';
  private hints: readonly Hint[] = [];

  constructor(
    readonly el: HTMLTextAreaElement,
    private readonly ctx: SurfaceContext,
  ) {
    this.mirror = new TextareaMirror(ctx.container);
  }

  read(): FieldText {
    this.text = this.el.value;
    return { text: this.text, skip: [] };
  }

  paint(hints: readonly Hint[], active: string | null): void {
    this.hints = hints;
    this.mirror.update(this.text, hints, active);
    this.mirror.position(this.el);
  }

  relayout(): void {
    this.mirror.position(this.el);
  }

  rects(hint: Hint): DOMRect[] {
    return this.mirror.rects(hint.id);
  }

  hintsInView(): readonly Hint[] {
    return this.hints;
  }

  private focused(): boolean {
    const ta = this.el;
    return (ta.getRootNode() as Document | ShadowRoot).activeElement === ta || ta.ownerDocument.activeElement === ta;
  }

  caretOffset(): number {
    return this.focused() ? this.el.selectionStart : -1;
  }

  offsetRect(offset: number): DOMRect | null {
    return this.mirror.rectAt(offset);
  }

  /** A textarea keeps its selection while the focus is elsewhere: focusing it puts the caret back where it was. */
  focusAt(): void {
    if (!this.focused()) this.el.focus({ preventScroll: true });
  }

  apply(target: ApplyTarget, settle: Settle) {
    return applyToTextarea(this.el, target, settle);
  }

  watch(changed: () => void, moved: () => void, signal: AbortSignal, caret?: () => void): void {
    const el = this.el;
    el.addEventListener('input', changed, { signal });
    // Programmatic value changes fire no event: look again on key-up.
    el.addEventListener('keyup', changed, { signal });
    if (caret) for (const type of ['selectionchange', 'select', 'keyup', 'mouseup']) el.addEventListener(type, caret, { signal });
    el.addEventListener('scroll', moved, { passive: true, signal });
    watchResize(el, moved, signal, this.ctx.win);
  }

  dispose(): void {
    this.mirror.remove();
  }
}

/** Calls `moved` when the field changes size (where ResizeObserver exists). */
export function watchResize(el: HTMLElement, moved: () => void, signal: AbortSignal, win: Window & typeof globalThis): void {
  if (typeof win.ResizeObserver !== 'function') return;
  const ro = new win.ResizeObserver(moved);
  ro.observe(el);
  signal.addEventListener('abort', () => ro.disconnect(), { once: true });
}
