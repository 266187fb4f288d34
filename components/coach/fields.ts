/**
 * Which elements are writing fields Sävy coaches. Textareas and contenteditable editing hosts (role=textbox
 * divs included), in documents, iframes and open shadow roots. Opting out is explicit: inputs (password, search,
 * one-line), read-only or disabled fields, code editors, and anything inside data-gramm="false" or data-savy="off".
 * spellcheck="false" is NOT an opt-out: many rich-text editors (TinyMCE, CKEditor 4, ProseMirror-based apps) set it
 * because they bring their own spellchecker, and their reply fields are exactly where writers need the coach.
 */

export type FieldKind = 'textarea' | 'contenteditable';

const CODE_EDITORS = '.cm-editor, .CodeMirror, .monaco-editor, .ace_editor, pre, code, [data-savy="off"]';

export function fieldKind(el: Element): FieldKind | null {
  const tag = el.localName;
  if (tag === 'textarea') {
    const ta = el as HTMLTextAreaElement;
    if (ta.readOnly || ta.disabled || ta.getAttribute('aria-readonly') === 'true') return null;
    return optedOut(el) ? null : 'textarea';
  }
  if (tag === 'input') return null;
  const html = el as HTMLElement;
  if (!html.isContentEditable || html.getAttribute('aria-readonly') === 'true' || html.getAttribute('aria-disabled') === 'true') return null;
  return optedOut(el) ? null : 'contenteditable';
}

/** The writer's or the site's explicit "no": Grammarly's data-gramm="false", Sävy's data-savy="off", code editors. */
function optedOut(el: Element): boolean {
  return !!el.closest(`[data-gramm="false"], [data-gramm_editor="false"], ${CODE_EDITORS}`);
}

/** The editing host: the outermost contenteditable element around `el` (within its own tree). */
function editingHost(el: HTMLElement): HTMLElement {
  let host = el;
  for (let p = el.parentElement; p && p.isContentEditable; p = p.parentElement) host = p;
  return host;
}

/** The writing field an event target belongs to, or null. Looks through open shadow roots via the composed path. */
export function fieldFromEvent(ev: Event): HTMLElement | null {
  const path = ev.composedPath();
  const first = (path[0] ?? ev.target) as Node | null;
  return fieldFromNode(first);
}

export function fieldFromNode(node: Node | null): HTMLElement | null {
  if (!node) return null;
  const el = (node.nodeType === 1 ? node : node.parentElement) as HTMLElement | null;
  if (!el || typeof el.closest !== 'function') return null;
  if (el.localName === 'savy-coach' || el.closest('savy-coach')) return null;
  const kind = fieldKind(el);
  if (!kind) return null;
  return kind === 'textarea' ? el : editingHost(el);
}

/** The focused element, looking into open shadow roots. */
export function deepActiveElement(doc: Document): Element | null {
  let a: Element | null = doc.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

export interface FieldWatcherCallbacks {
  /** A writing field got the focus. */
  onField(el: HTMLElement): void;
  /** The current field was removed from the document. */
  onFieldGone(el: HTMLElement): void;
}

/**
 * Watches a document for writing fields: `focusin` (composed, so it sees fields inside open shadow roots and
 * fields that appear later), an initial look at the focused element, and a MutationObserver that notices when
 * the current field leaves the document. Everything stops when `signal` aborts.
 */
export function watchFields(doc: Document, current: () => HTMLElement | null, cb: FieldWatcherCallbacks, signal: AbortSignal): void {
  const onFocus = (ev: Event) => {
    const field = fieldFromEvent(ev);
    if (field) cb.onField(field);
  };
  doc.addEventListener('focusin', onFocus, { capture: true, signal });
  const initial = fieldFromNode(deepActiveElement(doc));
  if (initial) cb.onField(initial);

  let queued = false;
  const observer = new MutationObserver(() => {
    if (queued) return;
    queued = true;
    queueMicrotask(() => {
      queued = false;
      const el = current();
      if (el && !el.isConnected) cb.onFieldGone(el);
      if (!current()) {
        const focused = fieldFromNode(deepActiveElement(doc));
        if (focused) cb.onField(focused);
      }
    });
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}
