import type { Coach } from '../controller';
import { t, type MessageKey } from '../i18n';
import { Card } from './Card';
import { Panel } from './Panel';
import { placeCard } from './place';

/** The badge by the field: the number of hints; opens the panel. */
export function Badge({ coach }: { coach: Coach }) {
  coach.layout.value;
  const el = coach.field.value;
  if (!el) return null;
  const count = coach.hints.value.length;
  // Outside the text, by the field's bottom right corner (place.ts); under the card and the panel (styles.ts).
  const { left, top } = coach.badgeBox()!;
  return (
    <button
      type="button"
      class="savy-badge"
      data-savy-badge=""
      data-count={String(count)}
      aria-label={t(coach.lang, 'coachBadge', String(count))}
      aria-expanded={coach.panelOpen.value ? 'true' : 'false'}
      style={{ left: `${left}px`, top: `${top}px` }}
      onClick={coach.control(() => (coach.panelOpen.value ? coach.closePanel() : coach.openPanel()))}
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
  const win = coach.win;
  const view = { width: win.innerWidth, height: win.innerHeight };
  // Like a card, by the line being written (or the field's last line), never over it.
  const f = el.getBoundingClientRect();
  const line = coach.writingLine() ?? { left: f.left, right: f.right, top: Math.max(f.top, f.bottom - 24), bottom: f.bottom };
  const p = placeCard(line, { width: 300, height: 60 }, view, null);
  return (
    <div
      class="savy-notice savy-toast"
      role="status"
      data-savy-notice=""
      style={{ left: `${p.left}px`, top: `${p.top}px`, maxWidth: `${p.width}px` }}
    >
      {t(coach.lang, notice as MessageKey)}{' '}
      <button
        type="button"
        onClick={coach.control(() => (coach.notice.value ? (coach.notice.value = null) : (coach.status.value = null)))}
        aria-label={t(coach.lang, 'coachClose')}
      >
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
