/**
 * The progress page: filters, weekly charts, practice reflections and self-ratings, frequent rules, the timeline,
 * "My report" (printable, with the writer's name and the period) and export/import/delete. Every filter applies to
 * everything below it that it can apply to, and says so where it cannot.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { CATEGORY_IDS, STEP_IDS, STEPS, type Language } from '../../lib/coaching';
import { DAY_MS, HINT_ACTIONS, type HintAction, type PracticeAttempt } from '../../lib/history/types';
import type { HistoryFilter, ProgressStats } from '../../lib/history/stats';
import { PRACTICE_HOST } from '../../lib/history/today';
import { formatNumber, LOCALES } from '../../lib/i18n';
import { WeeklyChart, weekLabelLong, type Series } from './Chart';
import { formatDay, t, type MessageKey } from '../i18n';
import { PAGE_SIZE, type ProgressModel } from './model';
import { categoryBetter, categoryName, ruleInfo } from './rules';
import { Button, describedBy, FileButton, Message, Section, TextField } from '../ui/kit';
import { practiceTickets } from '../practice/tickets';

const ACTION_KEYS: Record<HintAction, MessageKey> = {
  shown: 'progress_actionShown',
  applied: 'progress_actionApplied',
  dismissed: 'progress_actionDismissed',
  muted: 'progress_actionMuted',
};
const PER100_KEYS: Record<HintAction, MessageKey> = {
  shown: 'progress_chartPer100Shown',
  applied: 'progress_chartPer100Applied',
  dismissed: 'progress_chartPer100Dismissed',
  muted: 'progress_chartPer100Muted',
};
const ACTION_COLOR: Record<HintAction, number> = { applied: 4, dismissed: 2, shown: 6, muted: 8 };
const LANG_KEYS: Record<Language, MessageKey> = { fi: 'practice_lang_fi', en: 'practice_lang_en', sv: 'practice_lang_sv' };

const BUNDLED_TICKETS = practiceTickets(null);

const dayInput = (ms: number | undefined) => (ms === undefined ? '' : new Date(ms).toISOString().slice(0, 10));
const parseDay = (v: string) => (v ? Date.parse(`${v}T00:00:00Z`) : undefined);
const percent = (n: number, lang: Language) => new Intl.NumberFormat(LOCALES[lang], { style: 'percent', maximumFractionDigits: 0 }).format(n / 100);

function formatTime(ms: number, lang: Language): string {
  return new Date(ms).toLocaleString(LOCALES[lang], { dateStyle: 'short', timeStyle: 'short' });
}

/** Practice attempts the filter lets through: time and language; a site filter other than the practice inbox leaves none. */
export function practiceInFilter(attempts: readonly PracticeAttempt[], f: HistoryFilter): PracticeAttempt[] {
  if (f.host && f.host !== PRACTICE_HOST) return [];
  return attempts.filter((p) => (f.from === undefined || p.at >= f.from) && (f.to === undefined || p.at < f.to) && (!f.lang || p.lang === f.lang));
}

/** The period a view covers: the filter's dates, else the first and last record. */
function period(model: ProgressModel): { first?: number; last?: number } {
  const f = model.filter.value;
  const ats = [
    model.replies.value[0]?.at,
    model.replies.value.at(-1)?.at,
    model.events.value.at(-1)?.at,
    model.events.value[0]?.at,
    model.practice.value[0]?.at,
    model.practice.value.at(-1)?.at,
  ].filter((x): x is number => typeof x === 'number');
  return {
    first: f.from ?? (ats.length ? Math.min(...ats) : undefined),
    last: f.to !== undefined ? f.to - DAY_MS : ats.length ? Math.max(...ats) : undefined,
  };
}

function DateInputs({ model, idPrefix }: { model: ProgressModel; idPrefix: string }) {
  const f = model.filter.value;
  return (
    <>
      <div class="field">
        <label for={`${idPrefix}-from`}>{t('progress_from')}</label>
        <input
          id={`${idPrefix}-from`}
          type="date"
          value={dayInput(f.from)}
          onChange={(e) => model.setFilter({ from: parseDay((e.currentTarget as HTMLInputElement).value) })}
        />
      </div>
      <div class="field">
        <label for={`${idPrefix}-to`}>{t('progress_to')}</label>
        <input
          id={`${idPrefix}-to`}
          type="date"
          value={dayInput(f.to === undefined ? undefined : f.to - DAY_MS)}
          onChange={(e) => {
            const d = parseDay((e.currentTarget as HTMLInputElement).value);
            model.setFilter({ to: d === undefined ? undefined : d + DAY_MS });
          }}
        />
      </div>
    </>
  );
}

function Filters({ model, lang }: { model: ProgressModel; lang: Language }) {
  const f = model.filter.value;
  const o = model.options.value;
  const select = (id: string, label: string, value: string | undefined, values: string[], name: (v: string) => string, on: (v: string) => void) => (
    <div class="field">
      <label for={id}>{label}</label>
      <select id={id} value={value ?? ''} onChange={(e) => on((e.currentTarget as HTMLSelectElement).value)}>
        <option value="">{t('progress_all')}</option>
        {values.map((v) => (
          <option key={v} value={v}>
            {name(v)}
          </option>
        ))}
      </select>
    </div>
  );
  const any = Object.keys(f).length > 0;
  return (
    // biome-ignore lint/a11y/useSemanticElements: <search> is not yet in every browser Sävy supports; the role says the same
    <form class="filters section no-print" role="search" aria-label={t('progress_filters')} onSubmit={(e) => e.preventDefault()}>
      <DateInputs model={model} idPrefix="f" />
      {select(
        'f-category',
        t('progress_category'),
        f.category,
        o.categories,
        (c) => categoryName(c, lang),
        (v) => model.setFilter({ category: v || undefined }),
      )}
      {select(
        'f-site',
        t('progress_site'),
        f.host,
        o.hosts,
        (h) => (h === PRACTICE_HOST ? t('popup_practiceHost') : h),
        (v) => model.setFilter({ host: v || undefined }),
      )}
      {select(
        'f-action',
        t('progress_action'),
        f.action,
        [...HINT_ACTIONS],
        (a) => t(ACTION_KEYS[a as HintAction]),
        (v) => model.setFilter({ action: (v || undefined) as HintAction | undefined }),
      )}
      {select(
        'f-lang',
        t('progress_language'),
        f.lang,
        o.langs,
        (l) => t(LANG_KEYS[l as Language] ?? 'practice_lang_fi'),
        (v) => model.setFilter({ lang: (v || undefined) as Language | undefined }),
      )}
      <div class="filters-clear">
        <Button
          variant="quiet"
          disabled={!any}
          onClick={() =>
            model.setFilter({ from: undefined, to: undefined, category: undefined, host: undefined, action: undefined, lang: undefined })
          }
        >
          {t('progress_clearFilters')}
        </Button>
      </div>
    </form>
  );
}

function Charts({ stats, lang, filter }: { stats: ProgressStats; lang: Language; filter: HistoryFilter }) {
  // Each built-in category keeps its own colour whatever the filters show; a team category takes one by its id.
  const colorOf = (c: string) => {
    const i = (CATEGORY_IDS as readonly string[]).indexOf(c);
    if (i >= 0) return i + 1;
    let h = 0;
    for (const ch of c) h = (h * 31 + ch.charCodeAt(0)) % 10;
    return h + 1;
  };
  const action = filter.action;
  // Without an action filter: hints left in finished replies. With one: the hint events of that action.
  const per100: Series[] = useMemo(() => {
    const source = action ? stats.eventsPer100 : stats.per100;
    return stats.categories.map((c) => ({ key: c, label: categoryName(c, lang), values: source[c] ?? [], color: colorOf(c) }));
  }, [stats, lang, action]);
  const actions: Series[] = useMemo(
    () =>
      (action ? [action] : (['applied', 'dismissed'] as HintAction[])).map((a) => ({
        key: a,
        label: t(ACTION_KEYS[a]),
        values: stats.actions[a],
        color: ACTION_COLOR[a],
      })),
    [stats, lang, action],
  );
  return (
    <Section id="charts" title={t('progress_charts')} class="charts-section">
      <div class="charts">
        <WeeklyChart
          id="c-per100"
          title={t(action ? PER100_KEYS[action] : 'progress_chartPer100')}
          note={t(action ? 'progress_chartPer100NoteAction' : 'progress_chartPer100Note')}
          unit={t('progress_unitPer100')}
          weeks={stats.weeks}
          series={per100}
          lang={lang}
          stacked
        />
        <WeeklyChart
          id="c-actions"
          title={action ? t('progress_chartActionsOne', t(ACTION_KEYS[action])) : t('progress_chartActions')}
          unit={t('progress_unitCount')}
          weeks={stats.weeks}
          series={actions}
          lang={lang}
          integer
        />
      </div>
      <StepsTable stats={stats} lang={lang} filter={filter} />
    </Section>
  );
}

/**
 * Five percentages a week: a table says it better than five lines, which lie on each other at 0 and 100 %
 * and draw a week with no complaint replies as 0 %.
 */
function StepsTable({ stats, lang, filter }: { stats: ProgressStats; lang: Language; filter: HistoryFilter }) {
  const scroller = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // The latest weeks first in view.
    if (scroller.current) scroller.current.scrollLeft = scroller.current.scrollWidth;
  }, [stats]);
  return (
    <figure class="chart steps-table" aria-labelledby="c-steps-title" data-chart="c-steps">
      <figcaption id="c-steps-title">{t('progress_chartSteps')}</figcaption>
      <p class="chart-note">
        {t('progress_chartStepsNote')} {(filter.category || filter.action) && t('progress_chartStepsFilters')}
      </p>
      {stats.weeks.length === 0 ? (
        <p class="empty">{t('progress_noData')}</p>
      ) : (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling table must be reachable by keyboard (axe scrollable-region-focusable)
        <section class="table-scroll" ref={scroller} tabIndex={0} aria-labelledby="c-steps-title">
          <table class="data">
            <thead>
              <tr>
                <th scope="col">{t('progress_week')}</th>
                {stats.weeks.map((w) => (
                  <th scope="col" class="num" key={w}>
                    {weekLabelLong(w, lang)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">{t('progress_complaintReplies')}</th>
                {stats.complaintReplies.map((n, i) => (
                  <td class="num" key={i}>
                    {formatNumber(n, lang)}
                  </td>
                ))}
              </tr>
              {STEP_IDS.map((s) => (
                <tr key={s} data-step={s}>
                  <th scope="row">{STEPS[s].name[lang]}</th>
                  {stats.coverage[s].map((v, i) => (
                    <td class="num" key={i}>
                      {stats.complaintReplies[i] ? (
                        <span class="pct" style={{ '--pct': `${v}%` }}>
                          {percent(v, lang)}
                        </span>
                      ) : (
                        <span role="img" aria-label={t('progress_noReplies')}>
                          –
                        </span>
                      )}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </figure>
  );
}

function ruleCounts(r: { count: number; applied: number; dismissed: number }): string {
  return `${t('progress_shownTimes', r.count)} · ${t('progress_appliedTimes', r.applied)} · ${t('progress_dismissedTimes', r.dismissed)}`;
}

function TopRules({ stats, lang, limit = 10, headingLevel = 2 }: { stats: ProgressStats; lang: Language; limit?: number; headingLevel?: 2 | 3 }) {
  const list =
    stats.topRules.length === 0 ? (
      <p class="empty">{t('progress_noData')}</p>
    ) : (
      <ol class="rules">
        {stats.topRules.slice(0, limit).map((r) => {
          const info = ruleInfo(r.ruleId, lang, r.message);
          return (
            <li key={r.ruleId} data-rule={r.ruleId}>
              <p class="rule-head">
                <strong>{info.message}</strong> <span class="tag">{categoryName(r.category, lang)}</span>
              </p>
              <p class="counts">{ruleCounts(r)}</p>
              {info.example && (
                <p class="example">
                  {t('progress_example')} <q lang={info.exampleLang}>{info.example}</q>
                  {info.better ? (
                    <>
                      {' → '}
                      <q lang={info.exampleLang}>{info.better}</q>
                    </>
                  ) : null}
                </p>
              )}
              {!info.better && categoryBetter(r.category, lang) && <p class="better">{categoryBetter(r.category, lang)}</p>}
            </li>
          );
        })}
      </ol>
    );
  if (headingLevel === 3)
    return (
      <section aria-labelledby="rules-title-3">
        <h3 id="rules-title-3">{t('progress_topRules')}</h3>
        {list}
      </section>
    );
  return (
    <Section id="rules-title" title={t('progress_topRules')}>
      {list}
    </Section>
  );
}

/** One practice attempt: the ticket, when, steps and hints left, the self-rating and the reflection. */
function Attempt({ p, lang, titles }: { p: PracticeAttempt; lang: Language; titles: Map<string, { title: string; language: Language }> }) {
  const ticket = titles.get(p.ticketId);
  const covered = STEP_IDS.filter((s) => p.steps[s]).length;
  return (
    <li class="attempt" data-practice-attempt={p.id}>
      <div class="attempt-head">
        <strong lang={ticket?.language}>{ticket?.title ?? t('progress_ticketUnknown')}</strong>
        <span class="rating" data-rating={String(p.rating)}>
          <span aria-hidden="true" class="stars">
            {'★'.repeat(p.rating)}
            <span class="stars-off">{'★'.repeat(Math.max(0, 5 - p.rating))}</span>
          </span>{' '}
          {t('progress_practiceRating', p.rating)}
        </span>
      </div>
      <p class="attempt-meta">
        <time dateTime={new Date(p.at).toISOString()}>{formatDay(p.at, lang)}</time> · {t('progress_practiceSteps', covered)} ·{' '}
        {t('progress_practiceHints', p.hints)}
      </p>
      {p.reflection.trim() ? <p class="reflection">{p.reflection}</p> : <p class="reflection empty">{t('progress_practiceNoReflection')}</p>}
    </li>
  );
}

function Attempts({
  attempts,
  lang,
  titles,
}: {
  attempts: PracticeAttempt[];
  lang: Language;
  titles: Map<string, { title: string; language: Language }>;
}) {
  const rated = attempts.filter((p) => p.rating >= 1);
  const avg = rated.length ? rated.reduce((s, p) => s + p.rating, 0) / rated.length : 0;
  return (
    <>
      {rated.length > 0 && (
        <p class="attempts-summary" data-practice-summary="">
          {t('progress_practiceCount', attempts.length)} · {t('progress_practiceAverage', formatNumber(avg, lang))}
        </p>
      )}
      <ol class="attempts list-plain">
        {attempts
          .slice()
          .reverse()
          .map((p) => (
            <Attempt key={p.id} p={p} lang={lang} titles={titles} />
          ))}
      </ol>
    </>
  );
}

function Practice({
  model,
  lang,
  titles,
  practiceUrl,
}: {
  model: ProgressModel;
  lang: Language;
  titles: Map<string, { title: string; language: Language }>;
  practiceUrl?: string;
}) {
  const f = model.filter.value;
  const attempts = practiceInFilter(model.practice.value, f);
  return (
    <Section id="practice" title={t('progress_practiceHeading')} intro={t('progress_practiceIntro')}>
      {(f.category || f.action) && <p class="chart-note">{t('progress_practiceFilters')}</p>}
      {attempts.length === 0 ? (
        <p class="empty">
          {t('progress_practiceNone')} {practiceUrl && <a href={practiceUrl}>{t('progress_practiceOpen')}</a>}
        </p>
      ) : (
        <Attempts attempts={attempts} lang={lang} titles={titles} />
      )}
    </Section>
  );
}

function Timeline({ model, lang }: { model: ProgressModel; lang: Language }) {
  const total = model.filtered.value.length;
  const page = Math.min(model.page.value, model.pages.value - 1);
  const items = model.pageItems.value;
  const go = (p: number) => {
    model.page.value = Math.max(0, Math.min(model.pages.value - 1, p));
  };
  return (
    <Section id="timeline-title" title={t('progress_timeline')} class="no-print">
      <p role="status" data-progress-count={String(total)} class="muted">
        {t('progress_events', total)}
      </p>
      {total > 0 && (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling table must be reachable by keyboard (axe scrollable-region-focusable)
        <section class="table-scroll" tabIndex={0} aria-label={t('progress_timeline')}>
          <table class="data timeline">
            <caption class="sr-only">{t('progress_timelineCaption', page + 1, model.pages.value)}</caption>
            <thead>
              <tr>
                <th scope="col">{t('progress_time')}</th>
                <th scope="col">{t('progress_site')}</th>
                <th scope="col">{t('progress_category')}</th>
                <th scope="col">{t('progress_action')}</th>
                <th scope="col">{t('progress_snippet')}</th>
                <th scope="col">{t('progress_message')}</th>
                <th scope="col">{t('progress_rewrite')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((e) => (
                <tr key={e.id} data-progress-event={e.action} data-category={e.category} data-rule={e.ruleId}>
                  <td class="nowrap">
                    <time dateTime={new Date(e.at).toISOString()}>{formatTime(e.at, lang)}</time>
                  </td>
                  <td>{e.host === PRACTICE_HOST ? t('popup_practiceHost') : e.host}</td>
                  <td>{categoryName(e.category, lang)}</td>
                  <td>{t(ACTION_KEYS[e.action])}</td>
                  <td class="snippet" lang={e.lang}>
                    {e.snippet}
                  </td>
                  <td>{ruleInfo(e.ruleId, lang, e.message).message}</td>
                  <td lang={e.lang}>{e.rewrite ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      {total > PAGE_SIZE && (
        <nav class="pager" aria-label={t('progress_pages')}>
          <Button onClick={() => go(0)} disabled={page === 0}>
            {t('progress_first')}
          </Button>
          <Button onClick={() => go(page - 1)} disabled={page === 0}>
            {t('progress_previous')}
          </Button>
          <span aria-live="polite">{t('progress_pageOf', page + 1, model.pages.value)}</span>
          <Button onClick={() => go(page + 1)} disabled={page >= model.pages.value - 1}>
            {t('progress_next')}
          </Button>
          <Button onClick={() => go(model.pages.value - 1)} disabled={page >= model.pages.value - 1}>
            {t('progress_last')}
          </Button>
        </nav>
      )}
    </Section>
  );
}

const NAME_KEY = 'savy.reportName';
function loadName(): string {
  try {
    return globalThis.localStorage?.getItem(NAME_KEY) ?? '';
  } catch {
    return '';
  }
}

function ReportControls({ model, name, setName }: { model: ProgressModel; name: string; setName(v: string): void }) {
  return (
    <Section id="report-setup" title={t('progress_reportSetup')} intro={t('progress_reportSetupIntro')} class="no-print report-setup">
      <div class="report-setup-row">
        <TextField
          id="report-name"
          type="text"
          autocomplete="name"
          label={t('progress_reportName')}
          help={t('progress_reportNameHelp')}
          value={name}
          onValue={(v) => {
            setName(v);
            try {
              globalThis.localStorage?.setItem(NAME_KEY, v);
            } catch {
              // kept for this view only
            }
          }}
        />
      </div>
      <div class="actions">
        <Button variant="primary" onClick={() => model.source.print()}>
          {t('progress_print')}
        </Button>
      </div>
    </Section>
  );
}

/** The filters other than the dates, in words ("Luokka: Syyllistäminen"), so that a printed report says what it covers. */
function scope(f: HistoryFilter, lang: Language): string {
  const parts: string[] = [];
  if (f.category) parts.push(`${t('progress_category')}: ${categoryName(f.category, lang)}`);
  if (f.host) parts.push(`${t('progress_site')}: ${f.host === PRACTICE_HOST ? t('popup_practiceHost') : f.host}`);
  if (f.action) parts.push(`${t('progress_action')}: ${t(ACTION_KEYS[f.action])}`);
  if (f.lang) parts.push(`${t('progress_language')}: ${t(LANG_KEYS[f.lang])}`);
  return parts.join(' · ');
}

function Report({
  model,
  lang,
  name,
  titles,
}: {
  model: ProgressModel;
  lang: Language;
  name: string;
  titles: Map<string, { title: string; language: Language }>;
}) {
  const stats = model.stats.value;
  const limits = scope(model.filter.value, lang);
  const { first, last } = period(model);
  const day = (ms: number | undefined) => (ms === undefined ? '–' : formatDay(ms, lang));
  if (!stats) return null;
  const tt = stats.totals;
  const per100 = tt.words ? (tt.hintsLeft * 100) / tt.words : 0;
  const decided = tt.actions.applied + tt.actions.dismissed;
  const attempts = practiceInFilter(model.practice.value, model.filter.value);
  return (
    <article class="report section" aria-labelledby="report-title">
      <header class="report-head">
        <h2 id="report-title">{t('progress_reportTitle')}</h2>
        <dl class="report-who">
          <div>
            <dt>{t('progress_reportWriter')}</dt>
            <dd data-report="name">
              {name.trim() || (
                <span class="blank">
                  <span class="visually-hidden">{t('progress_reportNoName')}</span>
                </span>
              )}
            </dd>
          </div>
          <div>
            <dt>{t('progress_reportPeriodLabel')}</dt>
            <dd data-report="period">
              {day(first)} – {day(last)}
            </dd>
          </div>
          {limits && (
            <div>
              <dt>{t('progress_reportScope')}</dt>
              <dd data-report="scope">{limits}</dd>
            </div>
          )}
        </dl>
      </header>
      <dl class="totals">
        <div>
          <dt>{t('progress_replies')}</dt>
          <dd data-report="replies">{formatNumber(tt.replies, lang)}</dd>
        </div>
        <div>
          <dt>{t('progress_words')}</dt>
          <dd>{formatNumber(tt.words, lang)}</dd>
        </div>
        <div>
          <dt>{t('progress_timeWriting')}</dt>
          <dd>{t('progress_minutes', Math.round(tt.activeMs / 60000))}</dd>
        </div>
        <div>
          <dt>{t('progress_hintsPer100')}</dt>
          <dd>{formatNumber(per100, lang)}</dd>
        </div>
        <div>
          <dt>{t('progress_actionApplied')}</dt>
          <dd data-report="applied">{formatNumber(tt.actions.applied, lang)}</dd>
        </div>
        <div>
          <dt>{t('progress_actionDismissed')}</dt>
          <dd>{formatNumber(tt.actions.dismissed, lang)}</dd>
        </div>
        <div>
          <dt>{t('progress_appliedShare')}</dt>
          <dd>{decided ? percent((tt.actions.applied * 100) / decided, lang) : '–'}</dd>
        </div>
        <div>
          <dt>{t('progress_practiceCountLabel')}</dt>
          <dd data-report="practice">{formatNumber(attempts.length, lang)}</dd>
        </div>
      </dl>
      <h3>{t('progress_stepsCoverage', tt.complaintReplies)}</h3>
      <ul class="steps list-plain">
        {STEP_IDS.map((s) => (
          <li key={s}>
            <span>{STEPS[s].name[lang]}</span> <meter min={0} max={100} value={tt.coverage[s]} aria-label={STEPS[s].name[lang]} />{' '}
            <span class="num">{percent(tt.coverage[s], lang)}</span>
          </li>
        ))}
      </ul>
      <TopRules stats={stats} lang={lang} limit={5} headingLevel={3} />
      <section aria-labelledby="report-practice-h" class="report-practice">
        <h3 id="report-practice-h">{t('progress_practiceHeading')}</h3>
        {attempts.length ? <Attempts attempts={attempts} lang={lang} titles={titles} /> : <p class="empty">{t('progress_practiceNoneReport')}</p>}
      </section>
      <h3>{t('progress_notes')}</h3>
      <div class="notes" aria-hidden="true" />
    </article>
  );
}

function Manage({ model }: { model: ProgressModel }) {
  const [confirming, setConfirming] = useState(false);
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) cancel.current?.focus();
  }, [confirming]);
  const at = model.noticeAt.value;
  const note = (area: 'export' | 'import' | 'delete', id: string) => (
    <Message id={id} tone={at?.area === area ? at.tone : 'info'} field={`manage-${area}`}>
      {at?.area === area ? model.notice.value : ''}
    </Message>
  );
  return (
    <Section id="manage-title" title={t('progress_manage')} intro={t('progress_manageIntro')} class="no-print manage">
      <div class="manage-grid">
        <div class="manage-item">
          <h3>{t('progress_exportHeading')}</h3>
          <div class="actions">
            <Button onClick={() => void model.exportJson()} aria-describedby="export-msg">
              {t('progress_exportJson')}
            </Button>
            <Button onClick={() => model.exportCsv()} aria-describedby="export-msg">
              {t('progress_exportCsv')}
            </Button>
          </div>
          {note('export', 'export-msg')}
        </div>
        <div class="manage-item">
          <h3>{t('progress_importHeading')}</h3>
          <p id="import-help" class="field-help">
            {t('progress_importHelp')}
          </p>
          <FileButton
            id="import-file"
            accept="application/json,.json"
            aria-describedby={describedBy('import', true, true)}
            onFile={async (file) => model.importText(await file.text())}
          >
            {t('progress_import')}
          </FileButton>
          {note('import', 'import-msg')}
        </div>
        <div class="manage-item">
          <h3>{t('progress_deleteHeading')}</h3>
          <div class="actions">
            <Button variant="danger" aria-expanded={confirming ? 'true' : 'false'} aria-controls="confirm-delete" onClick={() => setConfirming(true)}>
              {t('progress_deleteAll')}
            </Button>
          </div>
          {confirming && (
            <div id="confirm-delete" role="alertdialog" aria-labelledby="confirm-title" class="confirm callout callout-error">
              <p id="confirm-title">{t('progress_deleteConfirm')}</p>
              <div class="actions">
                <Button
                  variant="danger"
                  class="btn-solid"
                  data-confirm-delete=""
                  onClick={async () => {
                    setConfirming(false);
                    await model.deleteAll();
                  }}
                >
                  {t('progress_deleteYes')}
                </Button>
                <Button innerRef={cancel} onClick={() => setConfirming(false)}>
                  {t('progress_cancel')}
                </Button>
              </div>
            </div>
          )}
          {note('delete', 'delete-msg')}
        </div>
      </div>
    </Section>
  );
}

export function ProgressApp({
  model,
  lang,
  tickets = BUNDLED_TICKETS,
  practiceUrl,
}: {
  model: ProgressModel;
  lang: Language;
  /** Practice tickets by id (bundled and the team's), to name the ticket of each attempt. */
  tickets?: readonly { id: string; title: string; language: Language }[];
  practiceUrl?: string;
}) {
  useEffect(() => {
    void model.start();
    return () => model.stop();
  }, [model]);
  const [name, setName] = useState(loadName);
  const titles = useMemo(() => new Map(tickets.map((p) => [p.id, { title: p.title, language: p.language }])), [tickets]);
  const stats = model.stats.value;
  const status = model.status.value;
  const report = model.view.value === 'report';
  return (
    <div class={report ? 'app report-view' : 'app'} lang={lang}>
      <header class="page-head no-print">
        <h1>{t('progress_title')}</h1>
        <p class="muted">{t('progress_intro')}</p>
        <nav class="views" aria-label={t('progress_views')}>
          <Button aria-pressed={report ? 'false' : 'true'} onClick={() => (model.view.value = 'progress')}>
            {t('progress_viewProgress')}
          </Button>
          <Button aria-pressed={report ? 'true' : 'false'} onClick={() => (model.view.value = 'report')}>
            {t('progress_viewReport')}
          </Button>
        </nav>
      </header>
      {status?.paused && (
        <p class="paused callout callout-error no-print" role="alert" data-history-paused={status.reason ?? 'error'}>
          {t(status.reason === 'quota' ? 'progress_pausedQuota' : 'progress_pausedUnavailable')}
        </p>
      )}
      <main>
        <Filters model={model} lang={lang} />
        {!model.loaded.value ? (
          <p role="status">{t('progress_loading')}</p>
        ) : model.failed.value ? (
          <>
            <p role="alert" class="callout callout-error">
              {t('progress_loadFailed')}
            </p>
            <Manage model={model} />
          </>
        ) : report ? (
          <>
            <ReportControls model={model} name={name} setName={setName} />
            <Report model={model} lang={lang} name={name} titles={titles} />
          </>
        ) : (
          <>
            {stats && <Charts stats={stats} lang={lang} filter={model.filter.value} />}
            <Practice model={model} lang={lang} titles={titles} practiceUrl={practiceUrl} />
            {stats && <TopRules stats={stats} lang={lang} />}
            <Timeline model={model} lang={lang} />
            <Manage model={model} />
          </>
        )}
      </main>
    </div>
  );
}
