/**
 * Where the card, the panel and the badge go: always inside the viewport (flipped above or below, left or right,
 * height capped so that the rest scrolls inside), never over the line being written, the badge outside the text.
 * Pure: boxes in, position out (client coordinates), so every case is a unit test.
 */

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface Placement {
  left: number;
  top: number;
  width: number;
  /** The most the element may be high here; what does not fit scrolls inside it. */
  maxHeight: number;
}

/** Space kept between Sävy's boxes and the window's edges. */
export const MARGIN = 8;
/** The badge's size (a square; a count of two digits still fits). */
export const BADGE_SIZE = 28;
const GAP = 6;
/** What the badge takes beside a field: its gap, its size, a gap. */
const BADGE_ROOM = 4 + BADGE_SIZE + GAP;

const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(v, hi));
const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

export function unionBox(rects: readonly Box[]): Box | null {
  if (!rects.length) return null;
  return {
    left: Math.min(...rects.map((r) => r.left)),
    top: Math.min(...rects.map((r) => r.top)),
    right: Math.max(...rects.map((r) => r.right)),
    bottom: Math.max(...rects.map((r) => r.bottom)),
  };
}

/**
 * A box of `size` next to `anchor` vertically: below it if it fits, else above, else on the side with more room
 * with its height capped. A side where the box would cover `avoid` (the line being written) is taken last.
 */
function beside(anchor: Box, size: Size, view: Size, left: number, width: number, avoid: Box | null): Placement {
  const below = { top: anchor.bottom + GAP, room: view.height - MARGIN - (anchor.bottom + GAP) };
  const above = { top: 0, room: anchor.top - GAP - MARGIN };
  const sides = [below, above].map((s, i) => {
    const height = Math.min(size.height, Math.max(0, s.room));
    const top = i === 0 ? s.top : anchor.top - GAP - height;
    const box = { left, right: left + width, top, bottom: top + height };
    return { top, height, room: s.room, fits: size.height <= s.room, covers: !!avoid && overlaps(box, avoid) };
  });
  const pick =
    sides.find((s) => s.fits && !s.covers) ??
    sides.find((s) => s.fits) ??
    [...sides].sort((a, b) => Number(a.covers) - Number(b.covers) || b.room - a.room)[0];
  const maxHeight = Math.max(Math.min(pick.room, view.height - 2 * MARGIN), 40);
  return { left, top: clamp(pick.top, MARGIN, Math.max(MARGIN, view.height - MARGIN - Math.min(size.height, maxHeight))), width, maxHeight };
}

/**
 * The card of a hint: under the hint's words (else above them), never over the line being written, and clear of
 * the badge (`badge`) where the window leaves room for that.
 */
export function placeCard(hint: Box, size: Size, view: Size, writing: Box | null, badge: Box | null = null): Placement {
  const width = Math.min(size.width, view.width - 2 * MARGIN);
  let left = clamp(hint.left, MARGIN, view.width - MARGIN - width);
  // The caret's line, if it is not in the hint itself (the hint's words are never covered anyway).
  const avoid = writing && !overlaps(writing, hint) ? writing : null;
  const p = beside(hint, { width, height: size.height }, view, left, width, avoid);
  if (badge && overlaps({ left, right: left + width, top: p.top, bottom: p.top + Math.min(size.height, p.maxHeight) }, badge)) {
    const before = badge.left - GAP - width;
    if (before >= MARGIN) left = before;
    else if (badge.right + GAP + width <= view.width - MARGIN) left = badge.right + GAP;
    return { ...p, left };
  }
  return p;
}

/**
 * The panel of a field: beside the field (right, else left) at the height of its top; where the window is too narrow
 * for that, over the field at the window's right edge, above or below the line being written.
 */
export function placePanel(field: Box, size: Size, view: Size, writing: Box | null): Placement {
  const width = Math.min(size.width, view.width - 2 * MARGIN);
  const maxHeight = view.height - 2 * MARGIN;
  const height = Math.min(size.height, maxHeight);
  // Right of the field, past the badge (placeBadge puts it there), else left of the field.
  const right = field.right + BADGE_ROOM;
  const left = field.left - GAP - width;
  const top = clamp(field.top, MARGIN, view.height - MARGIN - height);
  if (right + width <= view.width - MARGIN) return { left: right, top, width, maxHeight };
  if (left >= MARGIN) return { left, top, width, maxHeight };
  const x = view.width - MARGIN - width;
  // No room beside the field: keep off the line being written (or, not knowing it, off the field's last lines).
  const line = writing ?? { left: field.left, right: field.right, top: Math.max(field.top, field.bottom - 48), bottom: field.bottom };
  return beside(line, { width, height: size.height }, view, x, width, null);
}

/**
 * The badge (a `size` square): outside the field, by its bottom right corner (right of it, else under it, else
 * above it, else left of it); only when the field fills the window, inside it, in the corner away from the caret.
 */
export function placeBadge(field: Box, size: number, view: Size, writing: Box | null): { left: number; top: number } {
  const edge = 2;
  const fits = (left: number, top: number) => left >= edge && top >= edge && left + size <= view.width - edge && top + size <= view.height - edge;
  const bottom = clamp(field.bottom - size, edge, view.height - edge - size);
  const right = clamp(field.right - size, edge, view.width - edge - size);
  const candidates = [
    { left: field.right + 4, top: bottom },
    { left: right, top: field.bottom + 4 },
    { left: right, top: field.top - size - 4 },
    { left: field.left - size - 4, top: bottom },
  ];
  const outside = candidates.find((c) => fits(c.left, c.top));
  if (outside) return outside;
  const inside = [
    { left: right - 4, top: bottom - 4 },
    { left: right - 4, top: clamp(field.top + 4, edge, view.height - edge - size) },
  ];
  const clear = inside.find((c) => !writing || !overlaps({ left: c.left, top: c.top, right: c.left + size, bottom: c.top + size }, writing));
  return clear ?? inside[0];
}
