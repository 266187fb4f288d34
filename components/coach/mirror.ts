/**
 * Underlines for a textarea: a mirror div in Sävy's shadow root, laid exactly over the textarea (same box,
 * font and wrapping), transparent text, pointer-events none, scroll-synced. The host's layout never moves.
 */
import type { Hint } from '../../lib/index';

const COPIED = [
  'boxSizing',
  'width',
  'height',
  'paddingTop',
  'paddingRight',
  'paddingBottom',
  'paddingLeft',
  'borderTopWidth',
  'borderRightWidth',
  'borderBottomWidth',
  'borderLeftWidth',
  'borderTopStyle',
  'borderRightStyle',
  'borderBottomStyle',
  'borderLeftStyle',
  'fontFamily',
  'fontSize',
  'fontWeight',
  'fontStyle',
  'fontStretch',
  'fontVariant',
  'fontFeatureSettings',
  'lineHeight',
  'letterSpacing',
  'wordSpacing',
  'textIndent',
  'textTransform',
  'textAlign',
  'direction',
  'tabSize',
  'whiteSpace',
  'wordBreak',
  'overflowWrap',
] as const;

export class TextareaMirror {
  readonly el: HTMLDivElement;
  private content: HTMLDivElement;
  private spans = new Map<string, HTMLElement>();
  private styleKey = '';
  /** The text's lines as last drawn, one block each. */
  private lines: string[] = [];
  private blocks: HTMLElement[] = [];

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
    const styleKey = COPIED.map((p) => cs[p]).join('|');
    if (styleKey !== this.styleKey) {
      // Copy only when the textarea's own styles changed: scrolling and typing only move the mirror.
      this.styleKey = styleKey;
      for (const p of COPIED) (s as unknown as Record<string, string>)[p] = cs[p] as string;
    }
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

  /**
   * Draws the text with one span per hint. One block per line, reused while the line and its hints are
   * unchanged: an edit re-lays out only its own line, not the whole reply.
   */
  update(text: string, hints: readonly Hint[], activeId: string | null): void {
    const doc = this.el.ownerDocument;
    const lines = text.split('\n');
    const byLine: Hint[][] = lines.map(() => []);
    let lineStart = 0;
    let li = 0;
    const sorted = [...hints].sort((a, b) => a.start - b.start);
    for (const h of sorted) {
      while (li < lines.length - 1 && h.start > lineStart + lines[li].length) lineStart += lines[li++].length + 1;
      byLine[li].push({ ...h, start: h.start - lineStart, end: h.end - lineStart });
    }
    const old = new Map<string, HTMLElement[]>();
    for (const child of [...this.content.children] as HTMLElement[]) {
      const key = child.dataset.key!;
      const list = old.get(key);
      if (list) list.push(child);
      else old.set(key, [child]);
    }
    this.spans.clear();
    const blocks: HTMLElement[] = [];
    lines.forEach((line, i) => {
      const hs = byLine[i];
      const key = `${line}\u0000${hs.map((h) => `${h.id}:${h.start}:${h.end}:${h.severity}:${h.id === activeId ? 1 : 0}`).join(',')}`;
      let block = old.get(key)?.shift();
      if (!block) {
        block = doc.createElement('div');
        block.dataset.key = key;
        let at = 0;
        for (const h of hs) {
          if (h.start < at || h.end > line.length) continue; // overlapping hints: the first one is drawn
          if (h.start > at) block.appendChild(doc.createTextNode(line.slice(at, h.start)));
          const span = doc.createElement('span');
          span.className = `savy-u savy-u-${h.severity}${h.id === activeId ? ' savy-u-active' : ''}`;
          span.dataset.hint = h.id;
          span.textContent = line.slice(h.start, h.end);
          block.appendChild(span);
          at = h.end;
        }
        // An empty line still takes a line's height, as in the textarea.
        block.appendChild(doc.createTextNode(line.slice(at) || (at === 0 ? '\u200b' : '')));
      }
      for (const span of block.querySelectorAll<HTMLElement>('span[data-hint]')) this.spans.set(span.dataset.hint!, span);
      blocks.push(block);
    });
    this.lines = lines;
    this.blocks = blocks;
    // Put the blocks in order, moving only those out of place.
    let ref: ChildNode | null = this.content.firstChild;
    for (const b of blocks) {
      if (b === ref) ref = ref.nextSibling;
      else this.content.insertBefore(b, ref);
    }
    while (ref) {
      const next: ChildNode | null = ref.nextSibling;
      ref.remove();
      ref = next;
    }
  }

  rects(hintId: string): DOMRect[] {
    const span = this.spans.get(hintId);
    return span ? [...span.getClientRects()] : [];
  }

  /** Where a text offset is on screen: a zero-width rectangle as tall as its line, or null. */
  rectAt(offset: number): DOMRect | null {
    let at = offset;
    for (let i = 0; i < this.lines.length; i++) {
      if (at > this.lines[i].length) {
        at -= this.lines[i].length + 1;
        continue;
      }
      const block = this.blocks[i];
      const doc = block.ownerDocument;
      const walker = doc.createTreeWalker(block, 4 /* NodeFilter.SHOW_TEXT */);
      for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
        if (at > n.data.length) {
          at -= n.data.length;
          continue;
        }
        const r = doc.createRange();
        r.setStart(n, Math.min(at, n.data.length));
        r.collapse(true);
        const rect = r.getClientRects()[0] ?? r.getBoundingClientRect();
        if (rect && (rect.height || rect.top)) return rect;
        break;
      }
      return block.getBoundingClientRect();
    }
    return null;
  }

  remove(): void {
    this.el.remove();
  }
}
