import type { Coach } from '../controller';
import { categoryName } from './names';
import { HintActions } from './HintActions';

/** The card for the hint under the pointer or the caret. */
export function Card({ coach }: { coach: Coach }) {
  const card = coach.card.value;
  if (!card) return null;
  const { hint, rect } = card;
  const win = coach.win;
  const left = Math.max(8, Math.min(rect.left, win.innerWidth - 316));
  const below = rect.bottom + 6;
  const top = below + 160 > win.innerHeight && rect.top > 170 ? rect.top - 166 : below;
  return (
    <div
      class="savy-card"
      data-savy-card=""
      role="dialog"
      aria-label={categoryName(hint.category, coach.lang)}
      style={{ left: `${left}px`, top: `${top}px` }}
    >
      <div class="savy-cat">{categoryName(hint.category, coach.lang)}</div>
      <p class="savy-msg">{hint.message}</p>
      <HintActions coach={coach} hint={hint} from="card" />
    </div>
  );
}
