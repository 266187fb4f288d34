import { useEffect, useRef } from 'preact/hooks';
import { STEP_IDS } from '../../../lib/coaching';
import type { Coach } from '../controller';
import { t, type MessageKey } from '../i18n';
import { HintActions } from './HintActions';
import { categoryName, stepName } from './names';
import { trusted } from './trusted';

/** The panel: every hint with its rewrites, and the five steps. Arrow keys move, Escape returns to the text. */
export function Panel({ coach }: { coach: Coach }) {
  const ref = useRef<HTMLDivElement>(null);
  const open = coach.panelOpen.value;
  useEffect(() => {
    if (open) ref.current?.querySelector<HTMLElement>('[data-savy-nav]')?.focus();
  }, [open]);
  if (!open) return null;
  coach.layout.value; // re-place on scroll and resize
  const lang = coach.lang;
  const hints = coach.hints.value;
  const steps = coach.analysis.value.steps;
  const notice = coach.notice.value;
  const status = coach.status.value;
  const r = coach.field.value?.getBoundingClientRect();
  const win = coach.win;
  const left = r ? Math.max(8, Math.min(r.right + 8, win.innerWidth - 348)) : 8;
  const top = r ? Math.max(8, Math.min(r.top, win.innerHeight - 360)) : 8;

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      coach.closePanel();
      return;
    }
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp' && e.key !== 'Home' && e.key !== 'End') return;
    const items = [...(ref.current?.querySelectorAll<HTMLElement>('[data-savy-nav]') ?? [])];
    if (!items.length) return;
    const at = items.indexOf((ref.current!.getRootNode() as ShadowRoot).activeElement as HTMLElement);
    const next =
      e.key === 'Home' ? 0 : e.key === 'End' ? items.length - 1 : e.key === 'ArrowDown' ? (at + 1) % items.length : (at - 1 + items.length) % items.length;
    e.preventDefault();
    items[next].focus();
  };

  return (
    <div
      ref={ref}
      class="savy-panel"
      data-savy-panel=""
      role="dialog"
      aria-label={t(lang, 'coachPanelTitle')}
      style={{ left: `${left}px`, top: `${top}px` }}
      onKeyDown={trusted(onKeyDown)}
    >
      <div class="savy-head">
        <h2>{t(lang, 'coachPanelTitle')}</h2>
        <button type="button" data-savy-close="" data-savy-nav="" aria-label={t(lang, 'coachClose')} onClick={trusted(() => coach.closePanel())}>
          ×
        </button>
      </div>
      {notice && (
        <div class="savy-notice" role="status">
          {t(lang, notice as MessageKey)}
        </div>
      )}
      {status && (
        <div class="savy-notice" role="status" data-savy-status="">
          {t(lang, status as MessageKey)}
        </div>
      )}
      <h3>{t(lang, 'coachHints')}</h3>
      {hints.length === 0 ? (
        <p>{t(lang, 'coachNoHints')}</p>
      ) : (
        <ul aria-label={t(lang, 'coachHints')}>
          {hints.map((h) => (
            <li key={h.id} class="savy-hint" data-savy-hint="" data-category={h.category} data-rule={h.ruleId}>
              <div>
                <span class="savy-cat">{categoryName(h.category, lang)}</span>: <q class="savy-quote">{h.text}</q>
              </div>
              <p class="savy-msg">{h.message}</p>
              <HintActions coach={coach} hint={h} inPanel={true} />
            </li>
          ))}
        </ul>
      )}
      <h3>{t(lang, 'coachSteps')}</h3>
      <ul aria-label={t(lang, 'coachSteps')}>
        {STEP_IDS.map((id) => (
          <li key={id} class="savy-step" data-savy-step={id} data-done={String(steps[id])}>
            <span class="savy-mark" aria-hidden="true">
              {steps[id] ? '✓' : '○'}
            </span>
            <span>{stepName(id, lang)}</span>
            <span class="savy-sr">{t(lang, steps[id] ? 'coachStepDone' : 'coachStepMissing')}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
