/**
 * The plain text of a contenteditable field, and the way back from text offsets to DOM ranges.
 *
 * Text nodes give their text; `<br>` gives a line break; block elements are separated by a line break. The
 * analyzer reads this string; its UTF-16 offsets map back through `TextMap.range()`. `skip` lists the parts that
 * are quoted or a signature by the HTML's structure (blockquote, mail clients' quote containers: lib/text/regions.ts).
 */
import { QUOTE_SELECTOR, QUOTE_START_SELECTOR, SIGNATURE_SELECTOR, type TextSpan } from '../../lib/text/regions';

/** Containers whose text is not the writer's (lib/text/regions.ts keeps the list). */
const NOT_WRITERS = `${QUOTE_SELECTOR}, ${SIGNATURE_SELECTOR}`;

const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'dd',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);
const SKIP = new Set(['script', 'style', 'template', 'noscript', 'svg', 'math', 'img', 'video', 'audio', 'canvas', 'iframe', 'object']);

interface Segment {
  node: Text;
  start: number;
}

export class TextMap {
  private constructor(
    readonly text: string,
    private readonly segments: Segment[],
    private readonly doc: Document,
    /** Parts of the text the structure marks as quoted or a signature, in text order. */
    readonly skip: TextSpan[] = [],
  ) {}

  static read(root: HTMLElement): TextMap {
    const parts: string[] = [];
    const segments: Segment[] = [];
    const skip: TextSpan[] = [];
    /** Where the quoted message that runs to the end starts (Outlook's markers), or -1. */
    let rest = -1;
    let length = 0;
    let endsWithBreak = true;
    const push = (s: string) => {
      parts.push(s);
      length += s.length;
      endsWithBreak = s.endsWith('\n');
    };
    const walk = (node: Node, quoted: boolean) => {
      for (let child = node.firstChild; child; child = child.nextSibling) {
        if (child.nodeType === 3) {
          const t = child as Text;
          if (!t.data) continue;
          segments.push({ node: t, start: length });
          push(t.data);
        } else if (child.nodeType === 1) {
          const el = child as Element;
          const tag = el.localName;
          if (SKIP.has(tag) || (el as HTMLElement).contentEditable === 'false') continue;
          if (tag === 'br') {
            push('\n');
            continue;
          }
          const block = BLOCKS.has(tag);
          if (block && !endsWithBreak) push('\n');
          if (!quoted && rest < 0 && el.matches(QUOTE_START_SELECTOR)) rest = length;
          const starts = !quoted && rest < 0 && el.matches(NOT_WRITERS);
          const from = length;
          walk(el, quoted || starts);
          if (starts && length > from) skip.push({ start: from, end: length });
          if (block && !endsWithBreak) push('\n');
        }
      }
    };
    walk(root, false);
    if (rest >= 0 && length > rest) skip.push({ start: rest, end: length });
    return new TextMap(parts.join(''), segments, root.ownerDocument, skip);
  }

  /** The DOM position of a text offset: inside a text node; at a break, the end of the text before it. */
  position(offset: number, preferEnd: boolean): { node: Text; offset: number } | null {
    const segs = this.segments;
    let lo = 0;
    let hi = segs.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (segs[mid].start <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (found < 0) return segs.length ? { node: segs[0].node, offset: 0 } : null;
    let seg = segs[found];
    // An offset at the very start of a segment that closes a range belongs to the end of the previous one.
    if (preferEnd && offset === seg.start && found > 0 && segs[found - 1].start + segs[found - 1].node.data.length === offset) {
      seg = segs[found - 1];
    }
    return { node: seg.node, offset: Math.min(offset - seg.start, seg.node.data.length) };
  }

  range(start: number, end: number): Range | null {
    const a = this.position(start, false);
    const b = this.position(end, true);
    if (!a || !b) return null;
    const r = this.doc.createRange();
    try {
      r.setStart(a.node, a.offset);
      r.setEnd(b.node, b.offset);
    } catch {
      return null;
    }
    return r;
  }

  /** The text offset of a DOM position (a selection's focus), or -1 when it is not in a mapped text node. */
  offsetOf(node: Node, offset: number): number {
    if (node.nodeType === 3) {
      const seg = this.segments.find((s) => s.node === node);
      return seg ? seg.start + offset : -1;
    }
    const child = node.childNodes[offset] ?? null;
    const probe = child ?? node;
    for (const s of this.segments) {
      const rel = probe.compareDocumentPosition(s.node);
      if (
        child
          ? rel & Node.DOCUMENT_POSITION_FOLLOWING || rel & Node.DOCUMENT_POSITION_CONTAINED_BY || s.node === child
          : rel & Node.DOCUMENT_POSITION_FOLLOWING
      )
        return s.start;
    }
    return this.text.length;
  }
}
