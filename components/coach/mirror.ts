/**
 * Underlines for a textarea: a mirror div in Sävy's shadow root, laid exactly over the textarea (same box,
 * font and wrapping), transparent text, pointer-events none, scroll-synced. The host's layout never moves.
 */
import type { Hint } from '../../lib/index';

const COPIED = [
  'boxSizing', 'width', 'height', 'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft',
  'borderTopWidth', 'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth', 'borderTopStyle', 'borderRightStyle',
  'borderBottomStyle', 'borderLeftStyle', 'fontFamily', 'fontSize', 'fontWeight', 'fontStyle', 'fontStretch',
  'fontVariant', 'fontFeatureSettings', 'lineHeight', 'letterSpacing', 'wordSpacing', 'textIndent', 'textTransform',
  'textAlign', 'direction', 'tabSize', 'whiteSpace', 'wordBreak', 'overflowWrap',
] as const;

export class TextareaMirror {
  readonly el: HTMLDivElement;
  private content: HTMLDivElement;
  private spans = new Map<string, HTMLElement>();
  private lastKey = '';

  constructor(container: HTMLElement) {
    const doc = container.ownerDocument;
    this.el = doc.createElement('div');
    this.el.className = 'savy-mirror';
    this.el.setAttribute('aria-hidden', 'true');
    this.content = doc.createElement('div');
    this.content.className = 'savy-mirror-content';
    this.el.appendChild(this.content);
    container.appendChild(this.el);
  }

  /** Copies the textarea's box and text styles, and places the mirror over it. */
  position(ta: HTMLTextAreaElement): void {
    const win = ta.ownerDocument.defaultView!;
    const cs = win.getComputedStyle(ta);
    const s = this.el.style;
    for (const p of COPIED) (s as unknown as Record<string, string>)[p] = cs[p] as string;
    s.borderColor = 'transparent';
    s.whiteSpace = 'pre-wrap';
    s.overflowWrap = cs.overflowWrap || 'break-word';
    const r = ta.getBoundingClientRect();
    s.left = `${r.left}px`;
    s.top = `${r.top}px`;
    s.width = `${r.width}px`;
    s.height = `${r.height}px`;
    s.boxSizing = 'border-box';
    // The scrollbar takes width from the text area; the mirror has none, so narrow its content the same way.
    const scrollbar = ta.offsetWidth - ta.clientWidth - parseFloat(cs.borderLeftWidth) - parseFloat(cs.borderRightWidth);
    this.content.style.marginRight = `${Math.max(0, scrollbar)}px`;
    this.content.style.transform = `translate(${-ta.scrollLeft}px, ${-ta.scrollTop}px)`;
  }

  /** Rebuilds the text with one span per hint (only when text or hints changed). */
  update(text: string, hints: readonly Hint[], activeId: string | null): void {
    const key = `${activeId}\u0000${hints.map((h) => `${h.id}:${h.start}:${h.end}:${h.severity}`).join(',')}\u0000${text}`;
    if (key === this.lastKey) return;
    this.lastKey = key;
    const doc = this.el.ownerDocument;
    const frag = doc.createDocumentFragment();
    this.spans.clear();
    let at = 0;
    const sorted = [...hints].sort((a, b) => a.start - b.start);
    for (const h of sorted) {
      if (h.start < at) continue; // overlapping hints: the first one is drawn
      if (h.start > at) frag.appendChild(doc.createTextNode(text.slice(at, h.start)));
      const span = doc.createElement('span');
      span.className = `savy-u savy-u-${h.severity}${h.id === activeId ? ' savy-u-active' : ''}`;
      span.textContent = text.slice(h.start, h.end);
      this.spans.set(h.id, span);
      frag.appendChild(span);
      at = h.end;
    }
    // A trailing newline needs a character after it to take up a line, as in the textarea.
    frag.appendChild(doc.createTextNode(text.slice(at) + '\u200b'));
    this.content.replaceChildren(frag);
  }

  rects(hintId: string): DOMRect[] {
    const span = this.spans.get(hintId);
    return span ? [...span.getClientRects()] : [];
  }

  remove(): void {
    this.el.remove();
  }
}
