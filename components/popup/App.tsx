/**
 * The popup: the five steps of a good reply (COACHING.md) with which of them the draft in this tab covers (live),
 * whether Sävy runs on this site and why (with one-click on/off where policy does not decide), today's figures,
 * the team ruleset in one line, and links to the progress page, the practice inbox and the options.
 * Everything comes through `PopupApi` (typed messages in the real popup, fakes in the component tests).
 */
import { useEffect, useState } from 'preact/hooks';
import { STEP_DOES, STEP_IDS, STEPS, type Language } from '../../lib/coaching';
import type { DraftStatus, SiteAccess, TodayCounts } from '../../lib/protocol';
import { STEP_EXAMPLES } from '../../lib/practice/step-examples';
import { describeStatus } from '../team/status';
import type { TeamRulesetInfo } from '../../lib/team/protocol-types';
import { Message } from '../ui/kit';
import { formatDate, languageName, translate, type MessageKey } from '../i18n';

export interface PopupTab {
  id: number;
  url: string;
}

export type PopupPage = 'progress' | 'practice' | 'options';

export interface PopupApi {
  /** The tab the popup is about (the active tab; `?tab=<id>` when the popup is opened as a page). */
  currentTab(): Promise<PopupTab | null>;
  draft(tabId: number): Promise<DraftStatus | null>;
  site(url: string): Promise<SiteAccess>;
  enable(url: string, tabId: number): Promise<boolean>;
  disable(url: string): Promise<boolean>;
  today(): Promise<TodayCounts>;
  ruleset(): Promise<TeamRulesetInfo>;
  /** The address of an extension page, and opening it. */
  pageUrl(page: PopupPage): string;
  open(page: PopupPage): void;
  /** The extension's own origin (chrome-extension://<id>/): its pages are not "sites". */
  extensionOrigin: string;
  /** How often the draft is asked for while the popup is open, ms. */
  pollMs?: number;
}

export function PopupApp({ api, lang }: { api: PopupApi; lang: Language }) {
  const [tab, setTab] = useState<PopupTab | null | undefined>(undefined);
  const [draft, setDraft] = useState<DraftStatus | null>(null);
  const [today, setToday] = useState<TodayCounts | null | 'failed'>(null);
  const [ruleset, setRuleset] = useState<TeamRulesetInfo | null | 'failed'>(null);

  useEffect(() => {
    api.currentTab().then(setTab, () => setTab(null));
    api.today().then(setToday, () => setToday('failed'));
    api.ruleset().then(setRuleset, () => setRuleset('failed'));
  }, []);

  // The draft, live while the popup is open: asked again every pollMs (the background answers from memory).
  useEffect(() => {
    if (!tab) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const ask = async () => {
      try {
        const d = await api.draft(tab.id);
        if (!stopped) setDraft((old) => (JSON.stringify(old) === JSON.stringify(d) ? old : d));
      } catch {
        // the background is restarting: ask again
      }
      if (!stopped) timer = setTimeout(ask, api.pollMs ?? 500);
    };
    void ask();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [tab?.id]);

  return (
    <main class="popup" lang={lang}>
      <h1>{translate(lang, 'popup_title')}</h1>
      {/* Where Sävy runs first: on a site where it is off, turning it on is the one thing to do here. */}
      {tab !== undefined ? <SiteSection lang={lang} tab={tab} api={api} /> : <section class="site" aria-busy="true" />}
      <DraftSection lang={lang} draft={draft} api={api} />
      <TodaySection lang={lang} today={today} />
      <RulesetSection lang={lang} info={ruleset} api={api} />
      <nav aria-label={translate(lang, 'popup_linksHeading')} class="links">
        {(['progress', 'practice', 'options'] as const).map((page) => (
          <a
            key={page}
            href={api.pageUrl(page)}
            data-popup-link={page}
            onClick={(e) => {
              e.preventDefault();
              api.open(page);
            }}
          >
            {translate(lang, `popup_${page}`)}
          </a>
        ))}
      </nav>
    </main>
  );
}

function DraftSection({ lang, draft, api }: { lang: Language; draft: DraftStatus | null; api: PopupApi }) {
  const host = draft && (api.extensionOrigin.includes(`//${draft.host}`) ? translate(lang, 'popup_practiceHost') : draft.host);
  return (
    <section aria-labelledby="popup-draft-h" class="draft">
      <h2 id="popup-draft-h">{translate(lang, 'popup_draftHeading')}</h2>
      <p role="status" aria-live="polite" data-popup-draft={draft ? 'yes' : 'none'}>
        {draft ? translate(lang, 'popup_draftSummary', host!, languageName(draft.language, lang), draft.hints) : translate(lang, 'popup_noDraft')}
      </p>
      <h3 id="popup-steps-h">{translate(lang, 'popup_stepsHeading')}</h3>
      <ol class="steps" aria-labelledby="popup-steps-h">
        {STEP_IDS.map((id) => {
          const done = !!draft?.steps[id];
          // Covered only by a phrase that has an open hint: its own look, and what would make it strong.
          const weak = done && !!draft?.weak?.includes(id);
          return (
            <li
              key={id}
              data-savy-step={id}
              data-done={String(done)}
              data-weak={weak ? 'true' : undefined}
              class={weak ? 'done weak' : done ? 'done' : ''}
            >
              {/* One row per step; what it means and two example phrases open under it. A weak step says at once what would make it strong. */}
              <details>
                <summary>
                  <span class="mark" aria-hidden="true">
                    {weak ? '◐' : done ? '✓' : '○'}
                  </span>
                  <span class="step-title">{STEPS[id].name[lang]}</span>
                  {draft && <span class="state">{translate(lang, weak ? 'popup_stepWeak' : done ? 'popup_stepDone' : 'popup_stepMissing')}</span>}
                </summary>
                <div class="step-more">
                  <p class="does">{STEP_DOES[id][lang]}</p>
                  <p class="examples-h">{translate(lang, 'popup_examples')}</p>
                  <ul class="examples">
                    {STEP_EXAMPLES[id][lang].map((ex) => (
                      <li key={ex}>
                        <q>{ex}</q>
                      </li>
                    ))}
                  </ul>
                </div>
              </details>
              {weak && <p class="weak-how">{translate(lang, 'coachStepWeakHow', STEPS[id].strong[lang])}</p>}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

const SITE_TEXT: Record<SiteAccess, MessageKey> = {
  'built-in': 'popup_siteBuiltIn',
  writer: 'popup_siteWriter',
  admin: 'popup_siteAdmin',
  off: 'popup_siteOff',
  unsupported: 'popup_siteUnsupported',
};

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return '';
  }
}

function SiteSection({ lang, tab, api }: { lang: Language; tab: PopupTab | null; api: PopupApi }) {
  const [status, setStatus] = useState<SiteAccess | null>(null);
  const [note, setNote] = useState<{ text: string; ok: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const practice = !!tab && tab.url.startsWith(api.extensionOrigin) && tab.url.includes('/practice.html');
  const reload = () =>
    tab && !practice ? api.site(tab.url).then(setStatus, () => setStatus('unsupported')) : Promise.resolve(setStatus('unsupported'));
  useEffect(() => {
    void reload();
  }, [tab?.url]);
  const host = tab ? hostOf(tab.url) : '';

  const act = async (enable: boolean) => {
    if (!tab) return;
    setBusy(true);
    setNote(null);
    try {
      const ok = enable ? await api.enable(tab.url, tab.id) : await api.disable(tab.url);
      await reload();
      setNote(
        ok ? { text: translate(lang, enable ? 'popup_enabled' : 'popup_disabled'), ok } : { text: translate(lang, 'popup_siteFailed', host), ok },
      );
    } catch {
      setNote({ text: translate(lang, 'popup_siteFailed', host), ok: false });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="popup-site-h" class="site" data-popup-site={practice ? 'practice' : (status ?? 'loading')}>
      <h2 id="popup-site-h">
        {translate(lang, 'popup_siteHeading')}
        {host && !practice && <span class="host"> {host}</span>}
      </h2>
      {practice ? (
        <p class="site-state">{translate(lang, 'popup_sitePractice')}</p>
      ) : (
        status && <p class={`site-state site-${status}`}>{translate(lang, SITE_TEXT[status])}</p>
      )}
      {!practice && status === 'off' && (
        <button type="button" class="btn btn-primary btn-wide" disabled={busy} data-popup-enable="" onClick={() => act(true)}>
          {translate(lang, 'popup_enable', host)}
        </button>
      )}
      {!practice && status === 'writer' && (
        <button type="button" class="btn" disabled={busy} data-popup-disable="" onClick={() => act(false)}>
          {translate(lang, 'popup_disable', host)}
        </button>
      )}
      <Message tone={note?.ok === false ? 'error' : 'ok'}>{note?.text}</Message>
    </section>
  );
}

function TodaySection({ lang, today }: { lang: Language; today: TodayCounts | null | 'failed' }) {
  const rows: [keyof TodayCounts, MessageKey][] = [
    ['replies', 'popup_todayReplies'],
    ['applied', 'popup_todayApplied'],
    ['dismissed', 'popup_todayDismissed'],
    ['practice', 'popup_todayPractice'],
  ];
  return (
    <section aria-labelledby="popup-today-h" class="today">
      <h2 id="popup-today-h">{translate(lang, 'popup_todayHeading')}</h2>
      {today === 'failed' ? (
        <p>{translate(lang, 'popup_todayUnavailable')}</p>
      ) : (
        <dl>
          {rows.map(([k, key]) => (
            <div key={k} class="figure">
              <dt>{translate(lang, key)}</dt>
              <dd data-today={k}>{today ? today[k] : '…'}</dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}

function RulesetSection({ lang, info, api }: { lang: Language; info: TeamRulesetInfo | null | 'failed'; api: PopupApi }) {
  let line = '…';
  let ok = true;
  if (info === 'failed') line = translate(lang, 'popup_rulesetUnknown');
  else if (info) {
    const view = describeStatus(info.state, lang);
    ok = view.ok;
    const updated = view.lastChanged ?? view.lastChecked;
    line =
      view.error ??
      (view.name
        ? translate(lang, 'popup_rulesetInUse', view.name, view.version ?? '', updated ? formatDate(updated, lang) : '–')
        : translate(lang, 'popup_rulesetBundled'));
  }
  return (
    <section
      aria-labelledby="popup-ruleset-h"
      class="ruleset"
      data-savy-ruleset-status={info === null ? 'loading' : ok && info !== 'failed' ? 'ok' : 'error'}
    >
      <h2 id="popup-ruleset-h">{translate(lang, 'popup_rulesetHeading')}</h2>
      <p class="one-line" title={line}>
        {line}{' '}
        <a
          href={api.pageUrl('options')}
          onClick={(e) => {
            e.preventDefault();
            api.open('options');
          }}
        >
          {translate(lang, 'popup_rulesetDetails')}
        </a>
      </p>
    </section>
  );
}
