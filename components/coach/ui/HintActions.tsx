import type { Hint } from '../../../lib/index';
import type { ActionFrom, Coach } from '../controller';
import { t } from '../i18n';

/**
 * Rewrite buttons, dismiss and "don't show this rule again" for one hint: the one place where card and panel draw a
 * hint's suggestions. Every handler goes through `coach.control` (trusted input only). The card's buttons keep the
 * focus in the text (mousedown does not move it); the panel's take it, and the panel then moves it to the next hint.
 */
export function HintActions({ coach, hint, from }: { coach: Coach; hint: Hint; from: ActionFrom }) {
  const lang = coach.lang;
  const keepFocus = from === 'panel' ? undefined : (e: MouseEvent) => e.preventDefault();
  const attr = (name: string) => ({ [from === 'panel' ? `data-savy-${name}` : `data-savy-card-${name}`]: '' });
  return (
    <div class="savy-actions">
      {hint.suggestions.map((s) => (
        <button
          type="button"
          class="savy-primary"
          {...attr('apply')}
          data-savy-nav=""
          onMouseDown={keepFocus}
          onClick={coach.control(() => coach.apply(hint, s, from))}
          aria-label={s === '' ? t(lang, 'coachRemove', hint.text) : t(lang, 'coachApply', s)}
        >
          {s === '' ? t(lang, 'coachRemove', hint.text) : s}
        </button>
      ))}
      <button type="button" {...attr('dismiss')} data-savy-nav="" onMouseDown={keepFocus} onClick={coach.control(() => coach.dismiss(hint, from))}>
        {t(lang, 'coachDismiss')}
      </button>
      {!coach.mutesLocked.value && (
        <button type="button" {...attr('mute')} data-savy-nav="" onMouseDown={keepFocus} onClick={coach.control(() => coach.mute(hint, from))}>
          {t(lang, 'coachMute')}
        </button>
      )}
    </div>
  );
}
