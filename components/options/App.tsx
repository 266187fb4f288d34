/**
 * The options page: the writer's own settings, the team ruleset's status and source (when policy sets none), muted
 * rules and the rule workbench. Talks to the background only through the typed messages of lib/protocol.ts.
 * Every message sits beside the control it is about.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { CATEGORY_IDS, localize, type Language } from '../../lib/coaching';
import { bundledRuleset } from '../../lib/ruleset/bundled';
import type { Rule } from '../../lib/ruleset/schema';
import type { TeamRulesetInfo, WriterSourceInput } from '../../lib/team';
import { describeStatus } from '../team/status';
import { categoryName, declareCategories } from '../categories';
import { formatDate, t } from '../i18n';
import { Button, describedBy, FileButton, Message, Section } from '../ui/kit';
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

type Note = { text: string; tone: 'ok' | 'error' } | null;
const failed = (): Note => ({ text: t('options_failed'), tone: 'error' });

function formatTime(ms: number | null | undefined, lang: Language): string {
  return ms ? formatDate(ms, lang) : t('options_status_never');
}

export function OptionsApp({ api, lang }: { api: OptionsApi; lang: Language }) {
  const [info, setInfo] = useState<TeamRulesetInfo | null>(null);
  const [loadFailed, setLoadFailed] = useState(false);
  const [busy, setBusy] = useState(false);

  const reload = () =>
    api.status().then(
      (i) => (setInfo(i), setLoadFailed(false)),
      () => setLoadFailed(true),
    );
  useEffect(() => {
    void reload();
    return api.watch(() => void reload());
  }, []);
  declareCategories(info?.state?.good?.ruleset?.categories);

  /** Runs an action; its note is shown beside the control that started it. */
  const act = async (work: () => Promise<unknown>, done: string, setNote: (n: Note) => void) => {
    setBusy(true);
    setNote(null);
    try {
      const r = await work();
      if (r && typeof r === 'object' && 'policy' in r) setInfo(r as TeamRulesetInfo);
      else await reload();
      setNote({ text: done, tone: 'ok' });
    } catch {
      setNote(failed());
    } finally {
      setBusy(false);
    }
  };

  return (
    <main class="options">
      <header class="page-head">
        <h1>{t('options_title')}</h1>
        <p class="muted">{t('options_intro')}</p>
      </header>
      {loadFailed && (
        <p class="callout callout-error" role="alert">
          {t('options_loadFailed')}
        </p>
      )}
      {api.general && <GeneralSection api={api.general} />}
      {info && <StatusSection info={info} lang={lang} busy={busy} act={act} onCheck={() => api.checkNow()} />}
      {info && <SourceSection info={info} busy={busy} act={act} onSet={(s) => api.setSource(s)} />}
      {info && (
        <MutesSection
          info={info}
          lang={lang}
          onMute={(id, m, setNote) => act(() => api.mute(id, m), t(m ? 'options_mutes_muted' : 'options_mutes_unmuted'), setNote)}
        />
      )}
      <Workbench lang={lang} team={info?.state?.good?.ruleset ?? null} />
    </main>
  );
}

type Act = (work: () => Promise<unknown>, done: string, setNote: (n: Note) => void) => Promise<void>;

function StatusSection({
  info,
  lang,
  busy,
  act,
  onCheck,
}: {
  info: TeamRulesetInfo;
  lang: Language;
  busy: boolean;
  act: Act;
  onCheck: () => Promise<TeamRulesetInfo>;
}) {
  const view = describeStatus(info.state, lang);
  const [note, setNote] = useState<Note>(null);
  return (
    <Section id="status" title={t('options_status_heading')} data-savy-ruleset-status={view.ok ? 'ok' : 'error'}>
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
        <div class="callout callout-error" role="alert" data-field="error">
          <strong>
            {t('options_status_problem')} ({formatTime(view.errorAt, lang)}):
          </strong>{' '}
          {view.error}
        </div>
      ) : (
        <p class="callout callout-ok" data-field="ok">
          {t('options_status_ok')}
        </p>
      )}
      {info.policy.problems.map((p) => (
        <p class="callout callout-error" key={p.key}>
          {t('options_status_policyProblem', p.message)}
        </p>
      ))}
      {info.state && info.state.source !== 'bundled' && (
        <div class="actions">
          <Button onClick={() => act(onCheck, t('options_checked'), setNote)} disabled={busy} aria-busy={busy} aria-describedby="check-msg">
            {busy ? t('options_checking') : t('options_checkNow')}
          </Button>
          <Message id="check-msg" tone={note?.tone}>
            {note?.text}
          </Message>
        </div>
      )}
    </Section>
  );
}

function SourceSection({
  info,
  busy,
  act,
  onSet,
}: {
  info: TeamRulesetInfo;
  busy: boolean;
  act: Act;
  onSet: (s: WriterSourceInput | null) => Promise<TeamRulesetInfo>;
}) {
  const [url, setUrl] = useState(info.writer?.url ?? '');
  const [urlNote, setUrlNote] = useState<Note>(null);
  const [fileNote, setFileNote] = useState<Note>(null);
  const [removeNote, setRemoveNote] = useState<Note>(null);
  return (
    <Section id="source" title={t('options_source_heading')}>
      {info.policy.publicKeySet && <p>{t('options_source_signed')}</p>}
      {info.policy.rulesetUrl ? (
        <p data-field="by-policy">{t('options_source_byPolicy', info.policy.rulesetUrl)}</p>
      ) : (
        <>
          <form
            class="inline-form"
            onSubmit={(e) => {
              e.preventDefault();
              if (url.trim()) void act(() => onSet({ url: url.trim() }), t('options_source_urlSaved'), setUrlNote);
            }}
          >
            <div class="field grow">
              <label for="source-url">{t('options_source_url')}</label>
              <p id="source-url-help" class="field-help">
                {t('options_source_urlHelp')}
              </p>
              <div class="input-row">
                <input
                  id="source-url"
                  type="url"
                  inputMode="url"
                  value={url}
                  onInput={(e) => setUrl(e.currentTarget.value)}
                  placeholder="https://intra.example.fi/savy/tiimi.json"
                  aria-describedby={describedBy('source-url', true, urlNote)}
                />
                <Button type="submit" variant="primary" disabled={busy || !url.trim()}>
                  {t('options_source_saveUrl')}
                </Button>
              </div>
              <Message id="source-url-msg" tone={urlNote?.tone}>
                {urlNote?.text}
              </Message>
            </div>
          </form>
          <div class="field">
            <span class="field-label" id="source-file-label">
              {t('options_source_file')}
            </span>
            <FileButton
              id="source-file"
              aria-describedby={describedBy('source-file', false, fileNote)}
              onFile={async (file) => {
                if (file.size > MAX_FILE) return setFileNote({ text: t('options_source_fileTooLarge'), tone: 'error' });
                const text = await file.text();
                void act(() => onSet({ file: { name: file.name, text } }), t('options_source_fileSaved', file.name), setFileNote);
              }}
            >
              {t('options_source_chooseFile')}
            </FileButton>
            <Message id="source-file-msg" tone={fileNote?.tone}>
              {fileNote?.text}
            </Message>
          </div>
          {info.writer && (
            <div class="actions">
              <Button
                disabled={busy}
                onClick={() => act(() => onSet(null), t('options_source_removed'), setRemoveNote)}
                aria-describedby="source-remove-msg"
              >
                {t('options_source_remove')}
              </Button>
              <Message id="source-remove-msg" tone={removeNote?.tone}>
                {removeNote?.text}
              </Message>
            </div>
          )}
        </>
      )}
    </Section>
  );
}

/** A rule as people know it: its message in the UI language, its category's name, and the language it is for. */
export interface RuleChoice {
  id: string;
  category: string;
  label: string;
  language: Language;
}

export function ruleChoices(lang: Language, team: readonly Rule[] = []): RuleChoice[] {
  const byId = new Map<string, Rule>();
  for (const r of [...bundledRuleset().rules, ...team]) byId.set(r.id, r);
  return [...byId.values()]
    .filter((r) => r.patterns || r.metric)
    .map((r) => ({ id: r.id, category: r.category, label: localize(r.message, lang), language: r.languages[0] }))
    .sort((a, b) => a.language.localeCompare(b.language) || a.label.localeCompare(b.label, lang));
}

function MutesSection({
  info,
  lang,
  onMute,
}: {
  info: TeamRulesetInfo;
  lang: Language;
  onMute: (id: string, muted: boolean, setNote: (n: Note) => void) => Promise<void>;
}) {
  const [choice, setChoice] = useState('');
  const [listNote, setListNote] = useState<Note>(null);
  const [addNote, setAddNote] = useState<Note>(null);
  const rules = useMemo(() => ruleChoices(lang, info.state?.good?.ruleset?.rules ?? []), [lang, info.state?.good?.ruleset]);
  const byId = useMemo(() => new Map(rules.map((r) => [r.id, r])), [rules]);
  const groups = useMemo(() => {
    const cats = [...new Set(rules.map((r) => r.category))].sort((a, b) => {
      const ia = (CATEGORY_IDS as readonly string[]).indexOf(a);
      const ib = (CATEGORY_IDS as readonly string[]).indexOf(b);
      return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib) || a.localeCompare(b);
    });
    return cats.map((c) => ({ category: c, rules: rules.filter((r) => r.category === c && !info.mutedRules.includes(r.id)) }));
  }, [rules, info.mutedRules]);
  if (info.policy.lockPersonalMutes) {
    return (
      <Section id="mutes" title={t('options_mutes_heading')}>
        <p>{t('options_mutes_locked')}</p>
      </Section>
    );
  }
  const langTag = (l: Language) => l.toUpperCase();
  return (
    <Section id="mutes" title={t('options_mutes_heading')} intro={t('options_mutes_intro')}>
      {info.mutedRules.length ? (
        <ul data-field="muted" class="muted-list list-plain">
          {info.mutedRules.map((id) => {
            const r = byId.get(id);
            return (
              <li key={id}>
                <span class="muted-rule">
                  <span>{r?.label ?? id}</span>
                  <span class="tag">{r ? categoryName(r.category, lang) : t('options_mutes_unknownRule')}</span>
                  {r && <span class="lang-tag">{langTag(r.language)}</span>}
                </span>
                <Button variant="quiet" onClick={() => onMute(id, false, setListNote)} aria-label={t('options_mutes_unmute', r?.label ?? id)}>
                  {t('options_mutes_unmuteShort')}
                </Button>
              </li>
            );
          })}
        </ul>
      ) : (
        <p class="muted">{t('options_mutes_none')}</p>
      )}
      <Message id="mutes-list-msg" tone={listNote?.tone}>
        {listNote?.text}
      </Message>
      <form
        class="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (choice) void onMute(choice, true, setAddNote).then(() => setChoice(''));
        }}
      >
        <div class="field grow">
          <label for="mute-id">{t('options_mutes_add')}</label>
          <div class="input-row">
            <select
              id="mute-id"
              value={choice}
              onChange={(e) => setChoice(e.currentTarget.value)}
              aria-describedby={describedBy('mute-id', false, addNote)}
            >
              <option value="">{t('options_mutes_choose')}</option>
              {groups.map((g) =>
                g.rules.length ? (
                  <optgroup key={g.category} label={categoryName(g.category, lang)}>
                    {g.rules.map((r) => (
                      <option key={r.id} value={r.id}>
                        {`${langTag(r.language)} · ${r.label.length > 90 ? `${r.label.slice(0, 89)}…` : r.label}`}
                      </option>
                    ))}
                  </optgroup>
                ) : null,
              )}
            </select>
            <Button type="submit" disabled={!choice}>
              {t('options_mutes_addButton')}
            </Button>
          </div>
          <Message id="mute-id-msg" tone={addNote?.tone}>
            {addNote?.text}
          </Message>
        </div>
      </form>
    </Section>
  );
}
