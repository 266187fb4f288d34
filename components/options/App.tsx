/**
 * The options page: team ruleset status, the writer's own source (when policy sets none), muted rules and the
 * rule workbench. Talks to the background only through the typed messages of lib/protocol.ts.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Language } from '../../lib/coaching';
import { describeStatus, type TeamRulesetInfo, type WriterSourceInput } from '../../lib/team';
import { formatDate, t } from '../i18n';
import { GeneralSection, type GeneralApi } from './General';
import { Workbench } from './Workbench';

/** What the page needs from the background (the real one uses sendMessage; tests pass a fake). */
export interface OptionsApi {
  status(): Promise<TeamRulesetInfo>;
  checkNow(): Promise<TeamRulesetInfo>;
  setSource(source: WriterSourceInput | null): Promise<TeamRulesetInfo>;
  mute(ruleId: string, muted: boolean): Promise<boolean>;
  /** Called when the stored status changes (storage.onChanged); returns the unsubscribe. */
  watch(onChange: () => void): () => void;
  /** The writer's own settings (UI language, history retention). */
  general?: GeneralApi;
}

const MAX_FILE = 1024 * 1024;

function formatTime(ms: number | null | undefined, lang: Language): string {
  return ms ? formatDate(ms, lang) : t('options_status_never');
}

export function OptionsApp({ api, lang }: { api: OptionsApi; lang: Language }) {
  const [info, setInfo] = useState<TeamRulesetInfo | null>(null);
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState('');

  const reload = () => api.status().then(setInfo, (e) => setNote(t('options_error', String((e as Error).message ?? e))));
  useEffect(() => {
    void reload();
    return api.watch(() => void reload());
  }, []);

  const act = async (work: () => Promise<unknown>) => {
    setBusy(true);
    setNote('');
    try {
      const r = await work();
      if (r && typeof r === 'object' && 'policy' in r) setInfo(r as TeamRulesetInfo);
      else await reload();
    } catch (e) {
      setNote(t('options_error', String((e as Error).message ?? e)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main class="options">
      <h1>{t('options_title')}</h1>
      <p role="status" aria-live="polite" class="note">
        {note}
      </p>
      {info && <StatusSection info={info} lang={lang} busy={busy} onCheck={() => act(() => api.checkNow())} />}
      {info && <SourceSection info={info} busy={busy} onSet={(s) => act(() => api.setSource(s))} onNote={setNote} />}
      {api.general && <GeneralSection api={api.general} />}
      {info && <MutesSection info={info} onMute={(id, m) => act(() => api.mute(id, m))} />}
      <Workbench lang={lang} team={info?.state?.good?.ruleset ?? null} />
    </main>
  );
}

function StatusSection({ info, lang, busy, onCheck }: { info: TeamRulesetInfo; lang: Language; busy: boolean; onCheck: () => void }) {
  const view = describeStatus(info.state, lang);
  return (
    <section aria-labelledby="status-h" data-savy-ruleset-status={view.ok ? 'ok' : 'error'}>
      <h2 id="status-h">{t('options_status_heading')}</h2>
      <dl class="status">
        <dt>{t('options_status_source')}</dt>
        <dd data-field="source">{view.source}</dd>
        {view.location && (
          <>
            <dt>{t('options_status_location')}</dt>
            <dd data-field="location">{view.location}</dd>
          </>
        )}
        <dt>{t('options_status_inUse')}</dt>
        <dd data-field="in-use">{view.inUse ?? t('options_status_bundledOnly')}</dd>
        <dt>{t('options_status_lastChecked')}</dt>
        <dd data-field="last-checked">{formatTime(view.lastChecked, lang)}</dd>
        <dt>{t('options_status_lastChanged')}</dt>
        <dd data-field="last-changed">{formatTime(view.lastChanged, lang)}</dd>
      </dl>
      {view.error ? (
        <div class="error" role="alert" data-field="error">
          <strong>{t('options_status_problem')} ({formatTime(view.errorAt, lang)}): </strong>
          {view.error}
        </div>
      ) : (
        <p data-field="ok">{t('options_status_ok')}</p>
      )}
      {info.policy.problems.map((p) => (
        <p class="error" key={p.key}>
          {t('options_status_policyProblem', p.message)}
        </p>
      ))}
      {info.state && info.state.source !== 'bundled' && (
        <button type="button" onClick={onCheck} disabled={busy} aria-busy={busy}>
          {busy ? t('options_checking') : t('options_checkNow')}
        </button>
      )}
    </section>
  );
}

function SourceSection({
  info,
  busy,
  onSet,
  onNote,
}: {
  info: TeamRulesetInfo;
  busy: boolean;
  onSet: (s: WriterSourceInput | null) => void;
  onNote: (s: string) => void;
}) {
  const [url, setUrl] = useState(info.writer?.url ?? '');
  return (
    <section aria-labelledby="source-h">
      <h2 id="source-h">{t('options_source_heading')}</h2>
      {info.policy.publicKeySet && <p>{t('options_source_signed')}</p>}
      {info.policy.rulesetUrl ? (
        <p data-field="by-policy">{t('options_source_byPolicy', info.policy.rulesetUrl)}</p>
      ) : (
        <>
          <form
            onSubmit={(e) => {
              e.preventDefault();
              if (url.trim()) onSet({ url: url.trim() });
            }}
          >
            <label for="source-url">{t('options_source_url')}</label>
            <input id="source-url" type="url" inputMode="url" value={url} onInput={(e) => setUrl(e.currentTarget.value)} placeholder="https://intra.example.fi/savy/tiimi.json" />
            <button type="submit" disabled={busy || !url.trim()}>
              {t('options_source_saveUrl')}
            </button>
          </form>
          <p>
            <label for="source-file">{t('options_source_file')}</label>{' '}
            <input
              id="source-file"
              type="file"
              accept=".json,application/json"
              onChange={async (e) => {
                const file = e.currentTarget.files?.[0];
                if (!file) return;
                if (file.size > MAX_FILE) return onNote(t('options_source_fileTooLarge'));
                onSet({ file: { name: file.name, text: await file.text() } });
              }}
            />
          </p>
          {info.writer && (
            <button type="button" disabled={busy} onClick={() => onSet(null)}>
              {t('options_source_remove')}
            </button>
          )}
        </>
      )}
    </section>
  );
}

function MutesSection({ info, onMute }: { info: TeamRulesetInfo; onMute: (id: string, muted: boolean) => void }) {
  const [id, setId] = useState('');
  if (info.policy.lockPersonalMutes) {
    return (
      <section aria-labelledby="mutes-h">
        <h2 id="mutes-h">{t('options_mutes_heading')}</h2>
        <p>{t('options_mutes_locked')}</p>
      </section>
    );
  }
  return (
    <section aria-labelledby="mutes-h">
      <h2 id="mutes-h">{t('options_mutes_heading')}</h2>
      {info.mutedRules.length ? (
        <ul data-field="muted">
          {info.mutedRules.map((r) => (
            <li key={r}>
              <code>{r}</code>{' '}
              <button type="button" onClick={() => onMute(r, false)}>
                {t('options_mutes_unmute', r)}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('options_mutes_none')}</p>
      )}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (id.trim()) onMute(id.trim(), true);
          setId('');
        }}
      >
        <label for="mute-id">{t('options_mutes_add')}</label>
        <input id="mute-id" value={id} onInput={(e) => setId(e.currentTarget.value)} />
        <button type="submit">{t('options_mutes_addButton')}</button>
      </form>
    </section>
  );
}
