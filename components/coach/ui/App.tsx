import type { Coach } from '../controller';
import { t, type MessageKey } from '../i18n';
import { Card } from './Card';
import { Panel } from './Panel';
import { trusted } from './trusted';

/** The badge by the field: the number of hints; opens the panel. */
export function Badge({ coach }: { coach: Coach }) {
  coach.layout.value;
  const el = coach.field.value;
  if (!el) return null;
  const r = el.getBoundingClientRect();
  const win = coach.win;
  const count = coach.hints.value.length;
  const left = Math.max(0, Math.min(r.right - 34, win.innerWidth - 34));
  const top = Math.max(0, Math.min(r.bottom - 30, win.innerHeight - 30));
  return (
    <button
      type="button"
      class="savy-badge"
      data-savy-badge=""
      data-count={String(count)}
      aria-label={t(coach.lang, 'coachBadge', String(count))}
      aria-expanded={coach.panelOpen.value ? 'true' : 'false'}
      style={{ left: `${left}px`, top: `${top}px` }}
      onClick={trusted(() => (coach.panelOpen.value ? coach.closePanel() : coach.openPanel()))}
    >
      {count}
    </button>
  );
}

/**
 * What happened to a rewrite applied from the card while the panel is closed (the panel shows it itself), or a
 * lasting status (history paused, rules unavailable) until the writer closes it.
 */
function Notice({ coach }: { coach: Coach }) {
  coach.layout.value;
  const notice = coach.notice.value ?? coach.status.value;
  const el = coach.field.value;
  if (!notice || !el || coach.panelOpen.value) return null;
  const r = el.getBoundingClientRect();
  const win = coach.win;
  return (
    <div
      class="savy-notice savy-toast"
      role="status"
      data-savy-notice=""
      style={{ left: `${Math.max(8, Math.min(r.left, win.innerWidth - 328))}px`, top: `${Math.max(8, Math.min(r.bottom + 6, win.innerHeight - 60))}px` }}
    >
      {t(coach.lang, notice as MessageKey)}{' '}
      <button type="button" onClick={trusted(() => (coach.notice.value ? (coach.notice.value = null) : (coach.status.value = null)))} aria-label={t(coach.lang, 'coachClose')}>
        ×
      </button>
    </div>
  );
}

export function App({ coach }: { coach: Coach }) {
  return (
    <div class="savy-root" lang={coach.lang}>
      <Badge coach={coach} />
      <Notice coach={coach} />
      <Card coach={coach} />
      <Panel coach={coach} />
    </div>
  );
}
