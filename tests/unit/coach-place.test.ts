import { describe, expect, it } from 'vitest';
import { MARGIN, placeBadge, placeCard, placePanel, type Box, type Placement, type Size } from '../../components/coach/ui/place';

const box = (left: number, top: number, width: number, height: number): Box => ({ left, top, right: left + width, bottom: top + height });
/** The box a placement takes once drawn with content `height` high. */
const drawn = (p: Placement, height: number): Box => box(p.left, p.top, p.width, Math.min(height, p.maxHeight));
const inside = (b: Box, view: Size) => b.left >= 0 && b.top >= 0 && b.right <= view.width && b.bottom <= view.height;
const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('placing the panel', () => {
  for (const view of [
    { width: 1280, height: 800 },
    { width: 800, height: 600 },
  ]) {
    it(`keeps it inside a ${view.width}×${view.height} window for a field at the bottom`, () => {
      const field = box(24, view.height - 200, 600, 190);
      const p = placePanel(field, { width: 340, height: 900 }, view, box(30, view.height - 40, 200, 18));
      expect(inside(drawn(p, 900), view)).toBe(true);
      expect(p.maxHeight).toBeLessThanOrEqual(view.height - 2 * MARGIN);
    });
  }

  it('goes right of the field when there is room, else left, never past the right edge', () => {
    const view = { width: 1280, height: 800 };
    // Past the badge, which sits right of the field.
    const badge = placeBadge(box(24, 100, 600, 200), 28, view, null);
    expect(placePanel(box(24, 100, 600, 200), { width: 340, height: 400 }, view, null).left).toBeGreaterThanOrEqual(badge.left + 28);
    const left = placePanel(box(700, 100, 500, 200), { width: 340, height: 400 }, view, null);
    expect(left.left + left.width).toBeLessThanOrEqual(700);
    // The old placement (innerWidth − 348 for a 366 px wide panel) cut off the close button.
    const wide = placePanel(box(8, 100, 1264, 300), { width: 340, height: 400 }, view, box(10, 120, 300, 18));
    expect(wide.left + wide.width).toBeLessThanOrEqual(view.width - MARGIN);
  });

  it('over a field as wide as the window, keeps off the line being written', () => {
    const view = { width: 800, height: 600 };
    const field = box(8, 8, 784, 584);
    for (const y of [40, 300, 560]) {
      const line = box(20, y, 400, 18);
      const p = placePanel(field, { width: 340, height: 300 }, view, line);
      const b = drawn(p, 300);
      expect(inside(b, view)).toBe(true);
      expect(overlaps(b, line), `line at ${y}`).toBe(false);
    }
  });
});

describe('placing the card', () => {
  const view = { width: 800, height: 600 };
  it('goes under the words, or above them near the bottom, inside the window', () => {
    const low = box(100, 100, 120, 18);
    expect(placeCard(low, { width: 300, height: 150 }, view, null).top).toBe(low.bottom + 6);
    const high = box(700, 560, 90, 18);
    const p = placeCard(high, { width: 300, height: 150 }, view, null);
    const b = drawn(p, 150);
    expect(b.bottom).toBeLessThanOrEqual(high.top);
    expect(inside(b, view)).toBe(true);
  });

  it('caps its height and scrolls inside when it fits neither above nor below', () => {
    const p = placeCard(box(100, 280, 120, 18), { width: 300, height: 700 }, view, null);
    expect(inside(drawn(p, 700), view)).toBe(true);
  });

  it('keeps clear of the badge', () => {
    const badge = box(610, 120, 28, 28);
    const hint = box(500, 100, 60, 18);
    const p = placeCard(hint, { width: 300, height: 150 }, view, null, badge);
    expect(overlaps(drawn(p, 150), badge)).toBe(false);
    expect(inside(drawn(p, 150), view)).toBe(true);
  });

  it('does not cover the line being written', () => {
    const hint = box(100, 200, 120, 18);
    const line = box(20, 224, 600, 18); // the next line, where the writer types
    const b = drawn(placeCard(hint, { width: 300, height: 150 }, view, line), 150);
    expect(overlaps(b, line)).toBe(false);
  });
});

describe('placing the badge', () => {
  const view = { width: 1280, height: 800 };
  const covers = (p: { left: number; top: number }, b: Box) => overlaps(box(p.left, p.top, 28, 28), b);
  it('sits outside the field, by its bottom right corner', () => {
    const field = box(24, 100, 600, 200);
    const p = placeBadge(field, 28, view, null);
    expect(covers(p, field)).toBe(false);
    expect(p.left).toBe(field.right + 4);
  });

  it('goes under the field when it spans the width, above when also at the bottom', () => {
    const wide = box(0, 100, 1280, 200);
    const under = placeBadge(wide, 28, view, null);
    expect(covers(under, wide)).toBe(false);
    const low = box(0, 500, 1280, 300);
    expect(covers(placeBadge(low, 28, view, null), low)).toBe(false);
  });

  it('inside a field that fills the window, keeps off the line being written', () => {
    const field = box(0, 0, 1280, 800);
    const line = box(10, 760, 1260, 20);
    const p = placeBadge(field, 28, view, line);
    expect(covers(p, line)).toBe(false);
    expect(p.left + 28).toBeLessThanOrEqual(1280);
  });
});
