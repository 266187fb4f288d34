/**
 * Applying a rewrite so that the host editor's own model sees it and its undo reverts it.
 *
 * - textarea: focus, setSelectionRange, execCommand('insertText') (native undo, fires `input` so React
 *   sees it); fallback setRangeText + an `input` event.
 * - contenteditable: select the range, dispatch `beforeinput` (insertReplacementText, data, targetRanges)
 *   for editors that handle it (CKEditor 5, Slate, Lexical); if nobody called preventDefault, execCommand
 *   ('insertText') and let the editor's DOM observer read the change (ProseMirror, Quill, TinyMCE).
 * Before: the hint's text must still be at its offsets. After: the text must read as expected, else the
 * change is undone and the writer told.
 */
import { TextMap } from './text-map';

export type ApplyResult = 'applied' | 'stale' | 'failed';

export interface ApplyTarget {
  start: number;
  end: number;
  /** The text the hint was about; must still be at [start, end). */
  text: string;
  replacement: string;
  /** Select this part of the replacement afterwards ([start, end) in it): what the writer fills in. */
  select?: [number, number];
  /**
   * Called once, as soon as the field reads as expected (often before `settle`): the moment to record the
   * action, so that a tab closed at once does not lose it.
   */
  onChanged?: () => void;
}

/** Waits for editors that update their DOM asynchronously (mutation observers, microtasks, a frame). */
export type Settle = () => Promise<void>;

const norm = (s: string) => s.replace(/\u00a0/g, ' ').replace(/[\u200b\u2060\ufeff]/g, '');

export async function applyToTextarea(ta: HTMLTextAreaElement, t: ApplyTarget, settle: Settle): Promise<ApplyResult> {
  const before = ta.value;
  if (before.slice(t.start, t.end) !== t.text) return 'stale';
  const expected = before.slice(0, t.start) + t.replacement + before.slice(t.end);
  const doc = ta.ownerDocument;
  ta.focus();
  ta.setSelectionRange(t.start, t.end);
  let ok = false;
  try {
    ok = doc.execCommand('insertText', false, t.replacement);
  } catch {
    ok = false;
  }
  if (!ok && ta.value === before) {
    ta.setRangeText(t.replacement, t.start, t.end, 'end');
    ta.dispatchEvent(new doc.defaultView!.InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: t.replacement }));
  }
  if (ta.value === expected) t.onChanged?.();
  await settle();
  if (ta.value !== expected) {
    if (ta.value !== before) {
      try {
        doc.execCommand('undo');
      } catch {
        /* nothing more we can do */
      }
    }
    return 'failed';
  }
  if (t.select) ta.setSelectionRange(t.start + t.select[0], t.start + t.select[1]);
  else ta.setSelectionRange(t.start + t.replacement.length, t.start + t.replacement.length);
  return 'applied';
}

export async function applyToContentEditable(root: HTMLElement, t: ApplyTarget, settle: Settle): Promise<ApplyResult> {
  const doc = root.ownerDocument;
  const win = doc.defaultView!;
  const map = TextMap.read(root);
  const before = map.text;
  if (before.slice(t.start, t.end) !== t.text) return 'stale';
  const expected = norm(before.slice(0, t.start) + t.replacement + before.slice(t.end));
  const range = map.range(t.start, t.end);
  if (!range) return 'failed';
  root.focus({ preventScroll: true });
  const sel = doc.getSelection();
  if (!sel) return 'failed';
  sel.removeAllRanges();
  sel.addRange(range);
  // Let the editor sync its own selection from the DOM selection (ProseMirror, CKEditor listen to selectionchange).
  await settle();
  let handled = false;
  try {
    const ev = new win.InputEvent('beforeinput', {
      bubbles: true,
      cancelable: true,
      composed: true,
      inputType: 'insertReplacementText',
      data: t.replacement,
      targetRanges: typeof win.StaticRange === 'function' ? [new win.StaticRange(range)] : [],
    } as InputEventInit);
    handled = !root.dispatchEvent(ev);
  } catch {
    handled = false;
  }
  if (!handled) {
    // The selection may have been moved by a listener: select again before inserting.
    const again = TextMap.read(root);
    if (again.text.slice(t.start, t.end) !== t.text) return 'stale';
    const r2 = again.range(t.start, t.end);
    if (r2) {
      sel.removeAllRanges();
      sel.addRange(r2);
    }
    let inserted = false;
    try {
      inserted = t.replacement === '' ? doc.execCommand('delete') : doc.execCommand('insertText', false, t.replacement);
    } catch {
      /* verified below */
    }
    // The native `input` says insertText, as if typed. Editors that keep their own undo stack learn of a
    // replacement (as from the browser's spellchecker) from an insertReplacementText input: TinyMCE adds its
    // undo level on it. Harmless for editors that read the DOM (ProseMirror, Quill): the text is already there.
    if (inserted) {
      try {
        root.dispatchEvent(new win.InputEvent('input', { bubbles: true, composed: true, inputType: 'insertReplacementText', data: t.replacement }));
      } catch {
        /* verified below */
      }
    }
  }
  if (norm(TextMap.read(root).text) === expected) t.onChanged?.();
  await settle();
  const after = norm(TextMap.read(root).text);
  if (after !== expected) {
    if (after !== norm(before)) {
      try {
        doc.execCommand('undo');
      } catch {
        /* nothing more we can do */
      }
    }
    return 'failed';
  }
  const map2 = TextMap.read(root);
  if (t.select) {
    // The part to fill in, selected, so that typing replaces it.
    const part = map2.range(t.start + t.select[0], t.start + t.select[1]);
    if (part) {
      try {
        sel.removeAllRanges();
        sel.addRange(part);
        return 'applied';
      } catch {
        /* fall back to the caret after the text */
      }
    }
  }
  // Caret after the new text (most editors leave it there already; make sure).
  const caret = map2.position(t.start + t.replacement.length, true);
  const current = sel.rangeCount ? sel.getRangeAt(0) : null;
  if (caret && (!current?.collapsed || current.startContainer !== caret.node || current.startOffset !== caret.offset)) {
    try {
      sel.collapse(caret.node, caret.offset);
    } catch {
      /* leave the editor's own caret */
    }
  }
  return 'applied';
}

/** Default settle: a microtask turn, then the next animation frame (with a timeout in background tabs). */
export function frameSettle(win: Window): Settle {
  return () =>
    new Promise<void>((resolve) => {
      let done = false;
      const finish = () => {
        if (!done) {
          done = true;
          resolve();
        }
      };
      win.requestAnimationFrame(() => win.setTimeout(finish, 0));
      win.setTimeout(finish, 50);
    });
}
