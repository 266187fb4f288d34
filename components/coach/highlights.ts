/**
 * Underlines in contenteditable fields with the CSS Custom Highlight API: no DOM change in the host's editor.
 *
 * `::highlight()` styles must come from the field's own tree (document or shadow root), so Sävy adopts ONE
 * constructed stylesheet there (`adoptedStyleSheets`, no element added) whose only rules are for highlight
 * names prefixed `savy-`. Where adopting fails, one `<style data-savy-highlights>` holding the same rules.
 */
import type { Hint } from '../../lib/index';

export const HIGHLIGHT_CSS = `
::highlight(savy-warning) { text-decoration: underline wavy #d9480f; text-decoration-thickness: 1.5px; text-underline-offset: 3px; }
::highlight(savy-info) { text-decoration: underline dotted #1c7ed6; text-decoration-thickness: 2px; text-underline-offset: 3px; }
::highlight(savy-active) { background-color: rgba(250, 176, 5, 0.28); }
`;

const NAMES = ['savy-warning', 'savy-info', 'savy-active'] as const;

interface HighlightHost {
  CSS?: { highlights?: Map<string, unknown> };
  Highlight?: new (...ranges: AbstractRange[]) => unknown;
  StaticRange?: typeof StaticRange;
  CSSStyleSheet: typeof CSSStyleSheet;
}

const styled = new WeakSet<Document | ShadowRoot>();

/** Makes sure the `savy-` highlight styles apply in the tree of `field`. */
export function ensureHighlightStyles(field: HTMLElement, win: HighlightHost): void {
  const root = field.getRootNode() as Document | ShadowRoot;
  if (styled.has(root) && hasOurSheet(root)) return;
  try {
    const sheet = new win.CSSStyleSheet();
    sheet.replaceSync(HIGHLIGHT_CSS);
    (sheet as unknown as { savy: boolean }).savy = true;
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  } catch {
    const doc = field.ownerDocument;
    if (!(root as ParentNode).querySelector?.('style[data-savy-highlights]')) {
      const style = doc.createElement('style');
      style.setAttribute('data-savy-highlights', '');
      style.textContent = HIGHLIGHT_CSS;
      (root instanceof doc.defaultView!.ShadowRoot ? root : (doc.head ?? doc.documentElement)).appendChild(style);
    }
  }
  styled.add(root);
}

function hasOurSheet(root: Document | ShadowRoot): boolean {
  return (
    root.adoptedStyleSheets.some((s) => (s as unknown as { savy?: boolean }).savy) ||
    !!(root as ParentNode).querySelector?.('style[data-savy-highlights]')
  );
}

export function highlightsSupported(win: HighlightHost): boolean {
  return !!win.CSS?.highlights && typeof win.Highlight === 'function';
}

/**
 * Paints the hints' ranges; `ranges` maps hint id → Range. Ranges outside the text node being edited
 * (`liveNode`, where the caret is) are painted as StaticRanges: the browser then has no live ranges to
 * maintain on each keystroke, and offsets in other text nodes do not move while the writer types.
 */
export function paintHighlights(
  win: HighlightHost,
  hints: readonly Hint[],
  ranges: Map<string, Range>,
  activeId: string | null,
  liveNode: Node | null = null,
): void {
  if (!highlightsSupported(win)) return;
  const reg = win.CSS!.highlights!;
  const warn: AbstractRange[] = [];
  const info: AbstractRange[] = [];
  const active: AbstractRange[] = [];
  const Static = win.StaticRange;
  for (const h of hints) {
    const live = ranges.get(h.id);
    if (!live) continue;
    const r =
      Static && live.startContainer !== liveNode && live.endContainer !== liveNode
        ? new Static({
            startContainer: live.startContainer,
            startOffset: live.startOffset,
            endContainer: live.endContainer,
            endOffset: live.endOffset,
          })
        : live;
    (h.severity === 'info' ? info : warn).push(r);
    if (h.id === activeId) active.push(r);
  }
  reg.set('savy-warning', new win.Highlight!(...warn));
  reg.set('savy-info', new win.Highlight!(...info));
  reg.set('savy-active', new win.Highlight!(...active));
}

export function clearHighlights(win: HighlightHost): void {
  if (!highlightsSupported(win)) return;
  for (const n of NAMES) win.CSS!.highlights!.delete(n);
}
