import type { ComponentChild } from 'preact';
import type { Language } from '../../../lib/coaching';
import type { Hint, HintModel } from '../../../lib/index';
import type { ActionFrom, Coach } from '../controller';
import { t } from '../i18n';

/**
 * A hint's model sentence, rewrite buttons, dismiss and "don't show this rule again": the one place where card and
 * panel draw a hint's suggestions. The rewrites are those the checker passed for the text as it is now
 * (`coach.rewrites`). Every handler goes through `coach.control` (trusted input only). The card's buttons keep the
 * focus in the text (mousedown does not move it); the panel's take it, and the panel then moves it to the next hint.
 */
export function HintActions({ coach, hint, from }: { coach: Coach; hint: Hint; from: ActionFrom }) {
  const lang = coach.lang;
  const keepFocus = from === 'panel' ? undefined : (e: MouseEvent) => e.preventDefault();
  const attr = (name: string) => ({ [from === 'panel' ? `data-savy-${name}` : `data-savy-card-${name}`]: '' });
  const { suggestions, model } = coach.rewrites(hint);
  return (
    <>
      {model && <Model model={model} lang={lang} />}
      <div class="savy-actions">
        {suggestions.map((s) => {
          const removed = removedBy(hint.text, s);
          const label = removed !== null ? t(lang, 'coachRemove', removed) : t(lang, 'coachApply', s);
          return (
            <button
              type="button"
              class="savy-primary"
              {...attr('apply')}
              data-savy-rewrite={s}
              data-savy-nav=""
              onMouseDown={keepFocus}
              onClick={coach.control(() => coach.apply(hint, s, from))}
              aria-label={label}
            >
              {removed !== null ? label : s}
            </button>
          );
        })}
        {model?.replaces && (
          <button
            type="button"
            {...attr('model')}
            data-savy-nav=""
            onMouseDown={keepFocus}
            onClick={coach.control(() => coach.insertModel(hint, from))}
            aria-label={t(lang, 'coachUseModelLabel', model.text)}
          >
            {t(lang, 'coachUseModel')}
          </button>
        )}
        <button type="button" {...attr('dismiss')} data-savy-nav="" onMouseDown={keepFocus} onClick={coach.control(() => coach.dismiss(hint, from))}>
          {t(lang, 'coachDismiss')}
        </button>
        {!coach.mutesLocked.value && (
          <button type="button" {...attr('mute')} data-savy-nav="" onMouseDown={keepFocus} onClick={coach.control(() => coach.mute(hint, from))}>
            {t(lang, 'coachMute')}
          </button>
        )}
      </div>
    </>
  );
}

/** The model sentence, its parts to fill in marked. */
function Model({ model, lang }: { model: HintModel; lang: Language }) {
  const parts: ComponentChild[] = [];
  let at = 0;
  for (const [s, e] of model.fill) {
    if (s > at) parts.push(model.text.slice(at, s));
    parts.push(<mark class="savy-fill">{model.text.slice(s, e)}</mark>);
    at = e;
  }
  if (at < model.text.length) parts.push(model.text.slice(at));
  return (
    <p class="savy-model" data-savy-model-text="">
      {t(lang, 'coachModel')} <q>{parts}</q>
    </p>
  );
}

/**
 * What a rewrite takes out of the hint's text, when that is all it does (a capital aside): "Kuten jo mainitsin,
 * tuki" → "Tuki" takes out "Kuten jo mainitsin,". The button then says so, rather than showing "Tuki".
 */
export function removedBy(text: string, replacement: string): string | null {
  if (replacement === '') return text.trim();
  const a = text.toLowerCase();
  const b = replacement.toLowerCase();
  let p = 0;
  while (p < b.length && a[p] === b[p]) p++;
  let q = 0;
  while (q < b.length - p && a[a.length - 1 - q] === b[b.length - 1 - q]) q++;
  if (p + q !== b.length || a.length <= b.length) return null;
  const removed = text.slice(p, text.length - q).trim();
  return /[\p{L}\p{N}]/u.test(removed) ? removed : null;
}
