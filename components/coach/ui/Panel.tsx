import { useLayoutEffect, useRef } from 'preact/hooks';
import { STEP_IDS } from '../../../lib/coaching';
import type { Coach } from '../controller';
import { t, type MessageKey } from '../i18n';
import { HintActions } from './HintActions';
import { categoryName, stepName, stepStrong } from './names';
import { placePanel } from './place';

const PANEL_WIDTH = 340;

/**
 * Keys that type: pressed in the panel, they go on in the text (the focus moves there first; the key is not
 * stopped). Space too, except on a button, which it presses.
 */
function types(e: KeyboardEvent): boolean {
  if (e.ctrlKey || e.metaKey || e.altKey) return false;
  if (e.key === ' ') return (e.target as Element | null)?.localName !== 'button';
  return e.key.length === 1 || e.key === 'Backspace' || e.key === 'Delete';
}

/**
 * The panel: every hint with its rewrites, and the five steps. Arrow keys move, Escape returns to the text, and
 * typing goes on in the text. After Dismiss or "Don't show again" the focus stays in the panel, on the next hint;
 * after a rewrite it is in the text, after the new words (where Ctrl+Z undoes it), with the panel still open.
 */
export function Panel({ coach }: { coach: Coach }) {
  const ref = useRef<HTMLDivElement>(null);
  const open = coach.panelOpen.value;
  const request = coach.panelFocus.value;
  coach.layout.value; // re-place on scroll and resize
  // Beside the field, inside the window, off the line being written; what does not fit scrolls inside (place.ts).
  useLayoutEffect(() => {
    const panel = ref.current;
    const field = coach.field.value;
    if (!panel || !field) return;
    const win = coach.win;
    const view = { width: win.innerWidth, height: win.innerHeight };
    panel.style.width = `${Math.min(PANEL_WIDTH, view.width - 16)}px`;
    const p = placePanel(field.getBoundingClientRect(), { width: PANEL_WIDTH, height: panel.scrollHeight }, view, coach.writingLine());
    Object.assign(panel.style, { left: `${p.left}px`, top: `${p.top}px`, width: `${p.width}px`, maxHeight: `${p.maxHeight}px` });
  });
  useLayoutEffect(() => {
    const panel = ref.current;
    if (!open || !panel || !request) return;
    const root = panel.getRootNode() as ShadowRoot;
    if (request.enter && root.activeElement && panel.contains(root.activeElement)) return;
    const hints = [...panel.querySelectorAll<HTMLElement>('[data-savy-hint]')];
    // The hint itself takes the focus, not one of its buttons: a key pressed next must not act by surprise.
    const hint = hints.find((h) => h.dataset.savyId === request.hintId) ?? hints[0];
    (hint ?? panel.querySelector<HTMLElement>('[data-savy-nav]'))?.focus();
  }, [open, request]);
  if (!open) return null;
  const lang = coach.lang;
  const hints = coach.hints.value;
  const steps = coach.analysis.value.steps;
  const notice = coach.notice.value;
  const status = coach.status.value;

  const onKeyDown = (e: KeyboardEvent) => {
    if (types(e)) {
      coach.returnFocus(); // not prevented: the key itself lands in the text
      return;
    }
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
      e.key === 'Home'
        ? 0
        : e.key === 'End'
          ? items.length - 1
          : e.key === 'ArrowDown'
            ? (at + 1) % items.length
            : (at - 1 + items.length) % items.length;
    e.preventDefault();
    items[next].focus();
  };

  return (
    <div ref={ref} class="savy-panel" data-savy-panel="" role="dialog" aria-label={t(lang, 'coachPanelTitle')} onKeyDown={coach.control(onKeyDown)}>
      <div class="savy-head">
        <h2>{t(lang, 'coachPanelTitle')}</h2>
        <button
          type="button"
          data-savy-close=""
          data-savy-nav=""
          aria-label={t(lang, 'coachClose')}
          onClick={coach.control(() => coach.closePanel())}
        >
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
            <li
              key={h.id}
              class="savy-hint"
              data-savy-nav=""
              tabIndex={-1}
              data-savy-hint=""
              data-savy-id={h.id}
              data-category={h.category}
              data-rule={h.ruleId}
            >
              <div>
                <span class="savy-cat">{categoryName(h.category, lang)}</span>: <q class="savy-quote">{h.text}</q>
              </div>
              <p class="savy-msg">{h.message}</p>
              <HintActions coach={coach} hint={h} from="panel" />
            </li>
          ))}
        </ul>
      )}
      <h3>{t(lang, 'coachSteps')}</h3>
      <ul aria-label={t(lang, 'coachSteps')}>
        {STEP_IDS.map((id) => {
          const weak = steps[id] && coach.weak.value.includes(id);
          return (
            <li key={id} class="savy-step" data-savy-step={id} data-done={String(steps[id])} data-weak={weak ? 'true' : undefined}>
              <span class="savy-mark" aria-hidden="true">
                {weak ? '◐' : steps[id] ? '✓' : '○'}
              </span>
              <span>
                {stepName(id, lang)}
                <span class="savy-sr">: {t(lang, weak ? 'coachStepWeak' : steps[id] ? 'coachStepDone' : 'coachStepMissing')}</span>
                {weak && <span class="savy-weak">{t(lang, 'coachStepWeakHow', stepStrong(id, lang))}</span>}
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
