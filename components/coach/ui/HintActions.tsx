import type { Hint } from '../../../lib/index';
import type { Coach } from '../controller';
import { t } from '../i18n';
import { trusted } from './trusted';

/** Rewrite buttons, dismiss and "don't show this rule again" for one hint (card and panel share them). */
export function HintActions({ coach, hint, inPanel }: { coach: Coach; hint: Hint; inPanel: boolean }) {
  const lang = coach.lang;
  const keepFocus = inPanel ? undefined : (e: MouseEvent) => e.preventDefault();
  const attr = (name: string) => ({ [inPanel ? `data-savy-${name}` : `data-savy-card-${name}`]: '' });
  return (
    <div class="savy-actions">
      {hint.suggestions.map((s) => (
        <button
          type="button"
          class="savy-primary"
          {...attr('apply')}
          data-savy-nav=""
          onMouseDown={keepFocus}
          onClick={trusted(() => void coach.apply(hint, s))}
          aria-label={s === '' ? t(lang, 'coachRemove', hint.text) : t(lang, 'coachApply', s)}
        >
          {s === '' ? t(lang, 'coachRemove', hint.text) : s}
        </button>
      ))}
      <button type="button" {...attr('dismiss')} data-savy-nav="" onMouseDown={keepFocus} onClick={trusted(() => coach.dismiss(hint))}>
        {t(lang, 'coachDismiss')}
      </button>
      {!coach.mutesLocked.value && (
        <button type="button" {...attr('mute')} data-savy-nav="" onMouseDown={keepFocus} onClick={trusted(() => coach.mute(hint))}>
          {t(lang, 'coachMute')}
        </button>
      )}
    </div>
  );
}
