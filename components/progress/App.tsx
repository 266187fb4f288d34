/** The progress page: filters, charts, frequent rules, the timeline, "My report", export/import/delete. */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { STEP_IDS, STEPS, type Language } from '../../lib/coaching';
import { DAY_MS, HINT_ACTIONS, type HintAction } from '../../lib/history/types';
import type { ProgressStats } from '../../lib/history/stats';
import { PALETTE, WeeklyChart, type Series } from './Chart';
import { t } from '../i18n';
import { PAGE_SIZE, type ProgressModel } from './model';
import { categoryBetter, categoryName, ruleInfo } from './rules';

const ACTION_KEYS: Record<HintAction, string> = {
  shown: 'progress_actionShown',
  applied: 'progress_actionApplied',
  dismissed: 'progress_actionDismissed',
  muted: 'progress_actionMuted',
};
const LANG_NAMES: Record<string, string> = { fi: 'suomi', en: 'English', sv: 'svenska' };

const dayInput = (ms: number | undefined) => (ms === undefined ? '' : new Date(ms).toISOString().slice(0, 10));
const parseDay = (v: string) => (v ? Date.parse(`${v}T00:00:00Z`) : undefined);

function formatTime(ms: number, lang: string): string {
  return new Date(ms).toLocaleString(lang, { dateStyle: 'short', timeStyle: 'short' });
}

function Filters({ model, lang }: { model: ProgressModel; lang: Language }) {
  const f = model.filter.value;
  const o = model.options.value;
  const select = (id: string, label: string, value: string | undefined, values: string[], name: (v: string) => string, on: (v: string) => void) => (
    <label for={id}>
      {label}
      <select id={id} value={value ?? ''} onChange={(e) => on((e.currentTarget as HTMLSelectElement).value)}>
        <option value="">{t('progress_all')}</option>
        {values.map((v) => (
          <option key={v} value={v}>
            {name(v)}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <form class="filters no-print" role="search" aria-label={t('progress_filters')} onSubmit={(e) => e.preventDefault()}>
      <label for="f-from">
        {t('progress_from')}
        <input id="f-from" type="date" value={dayInput(f.from)} onChange={(e) => model.setFilter({ from: parseDay((e.currentTarget as HTMLInputElement).value) })} />
      </label>
      <label for="f-to">
        {t('progress_to')}
        <input
          id="f-to"
          type="date"
          value={dayInput(f.to === undefined ? undefined : f.to - DAY_MS)}
          onChange={(e) => {
            const d = parseDay((e.currentTarget as HTMLInputElement).value);
            model.setFilter({ to: d === undefined ? undefined : d + DAY_MS });
          }}
        />
      </label>
      {select('f-category', t('progress_category'), f.category, o.categories, (c) => categoryName(c, lang), (v) => model.setFilter({ category: v || undefined }))}
      {select('f-site', t('progress_site'), f.host, o.hosts, (h) => h, (v) => model.setFilter({ host: v || undefined }))}
      {select('f-action', t('progress_action'), f.action, [...HINT_ACTIONS], (a) => t(ACTION_KEYS[a as HintAction]), (v) => model.setFilter({ action: (v || undefined) as HintAction | undefined }))}
      {select('f-lang', t('progress_language'), f.lang, o.langs, (l) => LANG_NAMES[l] ?? l, (v) => model.setFilter({ lang: (v || undefined) as Language | undefined }))}
      <button type="button" onClick={() => model.setFilter({ from: undefined, to: undefined, category: undefined, host: undefined, action: undefined, lang: undefined })}>
        {t('progress_clearFilters')}
      </button>
    </form>
  );
}

function Charts({ stats, lang }: { stats: ProgressStats; lang: Language }) {
  const per100: Series[] = useMemo(
    () => stats.categories.filter((c) => stats.per100[c]).map((c, i) => ({ label: categoryName(c, lang), values: stats.per100[c], color: PALETTE[i % PALETTE.length] })),
    [stats, lang],
  );
  const coverage: Series[] = useMemo(() => STEP_IDS.map((s, i) => ({ label: STEPS[s].name[lang], values: stats.coverage[s], color: PALETTE[i] })), [stats, lang]);
  const actions: Series[] = useMemo(
    () => [
      { label: t('progress_actionApplied'), values: stats.actions.applied, color: PALETTE[2] },
      { label: t('progress_actionDismissed'), values: stats.actions.dismissed, color: PALETTE[1] },
    ],
    [stats],
  );
  return (
    <section aria-labelledby="charts-title">
      <h2 id="charts-title">{t('progress_charts')}</h2>
      <div class="charts">
        <WeeklyChart id="c-per100" title={t('progress_chartPer100')} unit={t('progress_unitPer100')} weeks={stats.weeks} series={per100} lang={lang} />
        <WeeklyChart id="c-steps" title={t('progress_chartSteps')} unit="%" weeks={stats.weeks} series={coverage} lang={lang} max={100} />
        <WeeklyChart id="c-actions" title={t('progress_chartActions')} unit={t('progress_unitCount')} weeks={stats.weeks} series={actions} lang={lang} />
      </div>
    </section>
  );
}

function TopRules({ stats, lang, limit = 10, headingLevel = 2 }: { stats: ProgressStats; lang: Language; limit?: number; headingLevel?: 2 | 3 }) {
  const H = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section aria-labelledby={`rules-title-${headingLevel}`}>
      <H id={`rules-title-${headingLevel}`}>{t('progress_topRules')}</H>
      {stats.topRules.length === 0 ? (
        <p class="empty">{t('progress_noData')}</p>
      ) : (
        <ol class="rules">
          {stats.topRules.slice(0, limit).map((r) => {
            const info = ruleInfo(r.ruleId, lang, r.message);
            return (
              <li key={r.ruleId} data-rule={r.ruleId}>
                <p>
                  <strong>{info.message}</strong> <span class="tag">{categoryName(r.category, lang)}</span>
                </p>
                <p class="counts">{t('progress_ruleCounts', r.count, r.applied, r.dismissed)}</p>
                {info.example && (
                  <p class="example">
                    {t('progress_example')} <q>{info.example}</q>
                    {info.better ? (
                      <>
                        {' → '}
                        <q>{info.better}</q>
                      </>
                    ) : null}
                  </p>
                )}
                {!info.better && <p class="better">{categoryBetter(r.category, lang)}</p>}
              </li>
            );
          })}
        </ol>
      )}
    </section>
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
    <section aria-labelledby="timeline-title" class="no-print">
      <h2 id="timeline-title">{t('progress_timeline')}</h2>
      <p role="status" data-progress-count={String(total)}>
        {t('progress_eventsCount', total)}
      </p>
      {total > 0 && (
        <div class="table-scroll">
          <table class="timeline">
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
                  <td>
                    <time dateTime={new Date(e.at).toISOString()}>{formatTime(e.at, lang)}</time>
                  </td>
                  <td>{e.host}</td>
                  <td>{categoryName(e.category, lang)}</td>
                  <td>{t(ACTION_KEYS[e.action])}</td>
                  <td class="snippet">{e.snippet}</td>
                  <td>{e.message}</td>
                  <td>{e.rewrite ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {total > PAGE_SIZE && (
        <nav class="pager" aria-label={t('progress_pages')}>
          <button type="button" onClick={() => go(0)} disabled={page === 0}>
            {t('progress_first')}
          </button>
          <button type="button" onClick={() => go(page - 1)} disabled={page === 0}>
            {t('progress_previous')}
          </button>
          <span aria-live="polite">{t('progress_pageOf', page + 1, model.pages.value)}</span>
          <button type="button" onClick={() => go(page + 1)} disabled={page >= model.pages.value - 1}>
            {t('progress_next')}
          </button>
          <button type="button" onClick={() => go(model.pages.value - 1)} disabled={page >= model.pages.value - 1}>
            {t('progress_last')}
          </button>
        </nav>
      )}
    </section>
  );
}

function Report({ model, lang }: { model: ProgressModel; lang: Language }) {
  const stats = model.stats.value;
  const f = model.filter.value;
  const replies = model.replies.value;
  const first = f.from ?? replies[0]?.at ?? model.events.value[model.events.value.length - 1]?.at;
  const last = f.to !== undefined ? f.to - DAY_MS : (replies[replies.length - 1]?.at ?? model.events.value[0]?.at);
  const day = (ms: number | undefined) => (ms === undefined ? '–' : new Date(ms).toLocaleDateString(lang, { dateStyle: 'medium' } as Intl.DateTimeFormatOptions));
  if (!stats) return null;
  const tt = stats.totals;
  const per100 = tt.words ? Math.round((tt.hintsLeft * 1000) / tt.words) / 10 : 0;
  const decided = tt.actions.applied + tt.actions.dismissed;
  return (
    <article class="report" aria-labelledby="report-title">
      <h2 id="report-title">{t('progress_reportTitle')}</h2>
      <p class="period">{t('progress_reportPeriod', day(first), day(last))}</p>
      <dl class="totals">
        <div>
          <dt>{t('progress_replies')}</dt>
          <dd data-report="replies">{tt.replies}</dd>
        </div>
        <div>
          <dt>{t('progress_words')}</dt>
          <dd>{tt.words}</dd>
        </div>
        <div>
          <dt>{t('progress_timeWriting')}</dt>
          <dd>{t('progress_minutes', Math.round(tt.activeMs / 60000))}</dd>
        </div>
        <div>
          <dt>{t('progress_hintsPer100')}</dt>
          <dd>{per100}</dd>
        </div>
        <div>
          <dt>{t('progress_actionApplied')}</dt>
          <dd data-report="applied">{tt.actions.applied}</dd>
        </div>
        <div>
          <dt>{t('progress_actionDismissed')}</dt>
          <dd>{tt.actions.dismissed}</dd>
        </div>
        <div>
          <dt>{t('progress_appliedShare')}</dt>
          <dd>{decided ? `${Math.round((tt.actions.applied * 100) / decided)} %` : '–'}</dd>
        </div>
      </dl>
      <h3>{t('progress_stepsCoverage', tt.complaintReplies)}</h3>
      <ul class="steps">
        {STEP_IDS.map((s) => (
          <li key={s}>
            <span>{STEPS[s].name[lang]}</span> <meter min={0} max={100} value={tt.coverage[s]} aria-label={STEPS[s].name[lang]} /> <span>{tt.coverage[s]} %</span>
          </li>
        ))}
      </ul>
      <TopRules stats={stats} lang={lang} limit={5} headingLevel={3} />
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
  return (
    <section aria-labelledby="manage-title" class="no-print">
      <h2 id="manage-title">{t('progress_manage')}</h2>
      <div class="row">
        <button type="button" onClick={() => void model.exportJson()}>
          {t('progress_exportJson')}
        </button>
        <button type="button" onClick={() => model.exportCsv()}>
          {t('progress_exportCsv')}
        </button>
        <label for="import-file" class="file">
          {t('progress_import')}
          <input
            id="import-file"
            type="file"
            accept="application/json,.json"
            onChange={async (e) => {
              const input = e.currentTarget as HTMLInputElement;
              const file = input.files?.[0];
              if (file) await model.importText(await file.text());
              input.value = '';
            }}
          />
        </label>
        <button type="button" class="danger" aria-expanded={confirming ? 'true' : 'false'} aria-controls="confirm-delete" onClick={() => setConfirming(true)}>
          {t('progress_deleteAll')}
        </button>
      </div>
      {confirming && (
        <div id="confirm-delete" role="alertdialog" aria-labelledby="confirm-title" class="confirm">
          <p id="confirm-title">{t('progress_deleteConfirm')}</p>
          <button
            type="button"
            class="danger"
            data-confirm-delete=""
            onClick={async () => {
              setConfirming(false);
              await model.deleteAll();
            }}
          >
            {t('progress_deleteYes')}
          </button>
          <button type="button" ref={cancel} onClick={() => setConfirming(false)}>
            {t('progress_cancel')}
          </button>
        </div>
      )}
    </section>
  );
}

export function ProgressApp({ model, lang }: { model: ProgressModel; lang: Language }) {
  useEffect(() => {
    void model.start();
    return () => model.stop();
  }, [model]);
  const stats = model.stats.value;
  const status = model.status.value;
  const report = model.view.value === 'report';
  return (
    <div class={report ? 'app report-view' : 'app'} lang={lang}>
      <header class="no-print">
        <h1>{t('progress_title')}</h1>
        <p>{t('progress_intro')}</p>
        <nav class="views" aria-label={t('progress_views')}>
          <button type="button" aria-pressed={report ? 'false' : 'true'} onClick={() => (model.view.value = 'progress')}>
            {t('progress_viewProgress')}
          </button>
          <button type="button" aria-pressed={report ? 'true' : 'false'} onClick={() => (model.view.value = 'report')}>
            {t('progress_viewReport')}
          </button>
        </nav>
      </header>
      {status?.paused && (
        <p class="paused no-print" role="alert" data-history-paused={status.reason ?? 'error'}>
          {t(status.reason === 'quota' ? 'progress_pausedQuota' : 'progress_pausedUnavailable')}
        </p>
      )}
      <p class="sr-only" role="status" aria-live="polite">
        {model.notice.value}
      </p>
      {model.notice.value && (
        <p class="notice no-print" aria-hidden="true">
          {model.notice.value}
        </p>
      )}
      <main>
        <Filters model={model} lang={lang} />
        {!model.loaded.value ? (
          <p role="status">{t('progress_loading')}</p>
        ) : model.failed.value ? (
          <>
            <p role="alert">{t('progress_loadFailed')}</p>
            <Manage model={model} />
          </>
        ) : report ? (
          <>
            <div class="no-print row">
              <button type="button" onClick={() => model.source.print()}>
                {t('progress_print')}
              </button>
            </div>
            <Report model={model} lang={lang} />
          </>
        ) : (
          <>
            {stats && <Charts stats={stats} lang={lang} />}
            {stats && <TopRules stats={stats} lang={lang} />}
            <Timeline model={model} lang={lang} />
            <Manage model={model} />
          </>
        )}
      </main>
    </div>
  );
}
