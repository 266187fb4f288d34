/**
 * One writing field as the coach sees it: read its text, draw underlines, find a hint on screen, know where the
 * caret is, put the caret back, apply a rewrite. One implementation per kind of field (surface-textarea.ts,
 * surface-contenteditable.ts), so the controller never asks which kind it has and a fix lands once.
 */
import type { Hint } from '../../lib/index';
import type { TextSpan } from '../../lib/text/regions';
import type { ApplyResult, ApplyTarget, Settle } from './apply';
import { ContentEditableSurface } from './surface-contenteditable';
import { TextareaSurface } from './surface-textarea';

/** The field's text as the analyser reads it. */
export interface FieldText {
  text: string;
  /** Parts that the field's structure marks as quoted or as a signature (HTML: blockquote, mail quote containers). */
  skip: readonly TextSpan[];
}

export interface Surface {
  readonly el: HTMLElement;
  /** Reads the text now, and keeps what maps it back to the screen for `paint`, `rects` and `caretOffset`. */
  read(): FieldText;
  /** Draws the underlines of `hints` (offsets into the text last read); `active` is the hint with its card open. */
  paint(hints: readonly Hint[], active: string | null): void;
  /** After a scroll or resize: follow the field, paint the hints that came into view. */
  relayout(): void;
  /** Where a hint's text is on screen (client coordinates; empty when it is not drawn). */
  rects(hint: Hint): DOMRect[];
  /** The hints the pointer can be on: those drawn, in view. */
  hintsInView(): readonly Hint[];
  /** The caret's offset in the text last read, or -1 when the caret is not in this field. */
  caretOffset(): number;
  /** Where a text offset (of the text last read) is on screen: a caret-sized rectangle, or null. */
  offsetRect(offset: number): DOMRect | null;
  /**
   * Puts the focus back in the field with the caret where the writer left it: `offset` (the text last read) where
   * the field does not keep its caret itself; a textarea keeps its own selection, which wins.
   */
  focusAt(offset: number | null): void;
  /** Replaces `target` through the editor, so its model and undo see the change (apply.ts). */
  apply(target: ApplyTarget, settle: Settle): Promise<ApplyResult>;
  /**
   * `changed` when the text may have changed, `moved` when the field may have moved, `caret` when the caret may have
   * moved (beside the document's selectionchange, which a textarea's caret does not always reach); until `signal`.
   */
  watch(changed: () => void, moved: () => void, signal: AbortSignal, caret?: () => void): void;
  /** Removes what it drew. */
  dispose(): void;
}

export interface SurfaceContext {
  win: Window & typeof globalThis;
  /** Where drawings that are not in the field's own tree go (the textarea mirror): Sävy's shadow root. */
  container: HTMLElement;
}

export function createSurface(el: HTMLElement, ctx: SurfaceContext): Surface {
  return el.localName === 'textarea' ? new TextareaSurface(el as HTMLTextAreaElement, ctx) : new ContentEditableSurface(el, ctx);
}
