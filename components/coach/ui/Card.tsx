import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Coach } from '../controller';
import { categoryName } from './names';
import { HintActions } from './HintActions';
import { placeCard, unionBox } from './place';

const CARD_WIDTH = 300;

/** The card for the hint under the pointer or the caret: under its words (or above), inside the window. */
export function Card({ coach }: { coach: Coach }) {
  const ref = useRef<HTMLDivElement>(null);
  const card = coach.card.value;
  coach.layout.value; // re-place on scroll, resize and text changes
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || !card) return;
    const { rect } = card;
    const words = unionBox(coach.hintRects(card.hint)) ?? { left: rect.left, top: rect.top, right: rect.left, bottom: rect.bottom };
    const win = coach.win;
    const view = { width: win.innerWidth, height: win.innerHeight };
    el.style.width = `${Math.min(CARD_WIDTH, view.width - 16)}px`;
    const p = placeCard(words, { width: CARD_WIDTH, height: el.scrollHeight }, view, coach.writingLine(), coach.badgeBox());
    Object.assign(el.style, { left: `${p.left}px`, top: `${p.top}px`, width: `${p.width}px`, maxHeight: `${p.maxHeight}px` });
  });
  if (!card) return null;
  const { hint } = card;
  return (
    <div class="savy-card" data-savy-card="" role="dialog" aria-label={categoryName(hint.category, coach.lang)} ref={ref}>
      <div class="savy-cat">{categoryName(hint.category, coach.lang)}</div>
      <p class="savy-msg">{hint.message}</p>
      <HintActions coach={coach} hint={hint} from="card" />
    </div>
  );
}
