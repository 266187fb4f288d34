/**
 * The rule workbench: a supervisor writes or edits a rule in a form, sees it match live on sample text and on
 * its own examples (the real engine, on a one-rule ruleset), and exports the ruleset file. No JSON editing.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { LANGUAGES, type Language } from '../../lib/coaching';
import type { Ruleset, RulesetInput } from '../../lib/ruleset/schema';
import { unwrapRuleset } from '../../lib/team/signature';
import {
  categoryChoices,
  categoryFromForm,
  emptyCategoryForm,
  emptyRuleForm,
  exportDraft,
  formFromRule,
  newDraft,
  ruleFromForm,
  splitByHints,
  tryRule,
  type CategoryForm,
  type RuleForm,
} from '../../lib/team/workbench';
import { t } from '../i18n';

export const WORKBENCH_KEY = 'savyWorkbench';

export interface DraftStore {
  load(): Promise<RulesetInput | null>;
  save(draft: RulesetInput): Promise<void>;
}

const browserStore: DraftStore = {
  load: async () => ((await browser.storage.local.get(WORKBENCH_KEY))[WORKBENCH_KEY] as RulesetInput | undefined) ?? null,
  save: (d) => browser.storage.local.set({ [WORKBENCH_KEY]: d }),
};

type RuleInput = NonNullable<RulesetInput['rules']>[number];

export function Workbench({ lang, team, store = browserStore }: { lang: Language; team: Ruleset | null; store?: DraftStore }) {
  const [draft, setDraftState] = useState<RulesetInput>(newDraft());
  const [form, setForm] = useState<RuleForm>(emptyRuleForm(lang));
  const [editing, setEditing] = useState<number | null>(null);
  const [sample, setSample] = useState('');
  const [note, setNote] = useState('');

  useEffect(() => {
    store.load().then((d) => d && setDraftState(d), () => undefined);
  }, []);
  const setDraft = (d: RulesetInput) => {
    setDraftState(d);
    void store.save(d).catch(() => undefined);
  };

  const rule = useMemo(() => ruleFromForm(form), [form]);
  const trial = useMemo(() => tryRule(rule, sample, draft.categories ?? []), [rule, sample, draft.categories]);
  const rules = draft.rules ?? [];
  const set = <K extends keyof RuleForm>(key: K, value: RuleForm[K]) => setForm({ ...form, [key]: value });

  const edit = (i: number) => {
    const f = formFromRule(rules[i]);
    if (!f) return setNote(t('options_wb_notEditable', rules[i].id));
    setForm(f);
    setEditing(i);
    setNote('');
    document.getElementById('wb-rule-id')?.focus();
  };
  const save = () => {
    const at = editing ?? rules.findIndex((r) => r.id === rule.id);
    const next = [...rules];
    if (at >= 0) next[at] = rule;
    else next.push(rule);
    const langs = [...new Set([...(draft.languages ?? []), ...rule.languages])];
    setDraft({ ...draft, languages: langs, rules: next });
    setEditing(at >= 0 ? at : next.length - 1);
    setNote(t('options_wb_saved', rule.id));
  };
  const remove = (i: number) => {
    setDraft({ ...draft, rules: rules.filter((_, j) => j !== i) });
    if (editing === i) {
      setEditing(null);
      setForm(emptyRuleForm(lang));
    }
  };
  const openFile = async (file: File) => {
    try {
      const data = unwrapRuleset(JSON.parse(await file.text())).ruleset as RulesetInput;
      if (!data || typeof data !== 'object' || !Array.isArray(data.rules ?? [])) throw new Error('not a ruleset');
      setDraft(data);
      setEditing(null);
      setForm(emptyRuleForm(lang));
      setNote('');
    } catch (e) {
      setNote(t('options_error', (e as Error).message));
    }
  };
  const exportFile = () => {
    const out = exportDraft(draft);
    if (out.problems.length) return setNote(t('options_wb_exportBlocked', `${out.problems[0].path}: ${out.problems[0].message}`));
    if (out.failures) return setNote(t('options_wb_exportBlocked', t('options_wb_exportFailures', out.failures)));
    const name = `${String(draft.id || 'ruleset')}.json`;
    const a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([out.text], { type: 'application/json' }));
    a.download = name;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
    setNote(t('options_wb_exported', name));
  };

  return (
    <section aria-labelledby="wb-h" class="workbench">
      <h2 id="wb-h">{t('options_wb_heading')}</h2>
      <p>{t('options_wb_intro')}</p>
      <p role="status" aria-live="polite" class="note" data-field="wb-note">
        {note}
      </p>

      <fieldset>
        <legend>{t('options_wb_ruleset')}</legend>
        <Field id="wb-rs-id" label={t('options_wb_rulesetId')} value={String(draft.id ?? '')} onInput={(v) => setDraft({ ...draft, id: v })} />
        <Field id="wb-rs-name" label={t('options_wb_rulesetName')} value={String(draft.name ?? '')} onInput={(v) => setDraft({ ...draft, name: v })} />
        <Field id="wb-rs-version" label={t('options_wb_rulesetVersion')} value={String(draft.version ?? '')} onInput={(v) => setDraft({ ...draft, version: v })} />
        <div class="row">
          {team && (
            <button type="button" onClick={() => setDraft(structuredClone(team) as RulesetInput)}>
              {t('options_wb_loadTeam')}
            </button>
          )}
          <label class="button">
            {t('options_wb_open')}
            <input type="file" accept=".json,application/json" class="visually-hidden" onChange={(e) => e.currentTarget.files?.[0] && openFile(e.currentTarget.files[0])} />
          </label>
          <button type="button" onClick={exportFile} data-action="export">
            {t('options_wb_export')}
          </button>
        </div>
        <h3>{t('options_wb_rules')}</h3>
        {rules.length ? (
          <ul data-field="wb-rules">
            {rules.map((r: RuleInput, i) => (
              <li key={`${r.id}-${i}`} aria-current={editing === i ? 'true' : undefined}>
                <code>{r.id}</code> ({r.category}){' '}
                <button type="button" onClick={() => edit(i)} aria-label={t('options_wb_edit', r.id)}>
                  ✎
                </button>{' '}
                <button type="button" onClick={() => remove(i)} aria-label={t('options_wb_delete', r.id)}>
                  ✕
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('options_wb_noRules')}</p>
        )}
        <button
          type="button"
          onClick={() => {
            setEditing(null);
            setForm(emptyRuleForm(lang));
          }}
        >
          {t('options_wb_newRule')}
        </button>
      </fieldset>

      <Categories draft={draft} setDraft={setDraft} />

      <form
        class="rule"
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
      >
        <fieldset>
          <legend>{t('options_wb_rule')}</legend>
          <Field id="wb-rule-id" label={t('options_wb_ruleId')} help={t('options_wb_ruleIdHelp')} value={form.id} onInput={(v) => set('id', v)} />
          <label for="wb-category">{t('options_wb_category')}</label>
          <select id="wb-category" value={form.category} onChange={(e) => set('category', e.currentTarget.value)}>
            {categoryChoices(draft).map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
          <label for="wb-severity">{t('options_wb_severity')}</label>
          <select id="wb-severity" value={form.severity} onChange={(e) => set('severity', e.currentTarget.value as RuleForm['severity'])}>
            <option value="warning">{t('options_wb_severityWarning')}</option>
            <option value="info">{t('options_wb_severityInfo')}</option>
          </select>
          <fieldset class="inline">
            <legend>{t('options_wb_languages')}</legend>
            {LANGUAGES.map((l) => (
              <label key={l}>
                <input
                  type="checkbox"
                  checked={form.languages.includes(l)}
                  onChange={(e) => set('languages', e.currentTarget.checked ? [...form.languages, l] : form.languages.filter((x) => x !== l))}
                />{' '}
                {l}
              </label>
            ))}
          </fieldset>
          <Area id="wb-patterns" label={t('options_wb_patterns')} help={t('options_wb_patternsHelp')} value={form.patterns} onInput={(v) => set('patterns', v)} />
          <Area id="wb-exceptions" label={t('options_wb_exceptions')} value={form.exceptions} onInput={(v) => set('exceptions', v)} rows={2} />
          {LANGUAGES.map((l) => (
            <Field key={l} id={`wb-message-${l}`} label={t('options_wb_message', l)} value={form.message[l]} onInput={(v) => set('message', { ...form.message, [l]: v })} />
          ))}
          <Area id="wb-suggestions" label={t('options_wb_suggestions')} value={form.suggestions} onInput={(v) => set('suggestions', v)} rows={2} />
          <Area id="wb-rewrites" label={t('options_wb_rewrites')} value={form.rewrites} onInput={(v) => set('rewrites', v)} rows={2} />
          <Field id="wb-model" label={t('options_wb_model')} value={form.model} onInput={(v) => set('model', v)} />
          <Area id="wb-match" label={t('options_wb_match')} value={form.match} onInput={(v) => set('match', v)} />
          <Area id="wb-nomatch" label={t('options_wb_noMatch')} value={form.noMatch} onInput={(v) => set('noMatch', v)} rows={2} />
          <button type="submit" disabled={trial.problems.length > 0} data-action="save-rule">
            {t('options_wb_saveRule')}
          </button>
        </fieldset>
      </form>

      <div class="trial" aria-live="polite">
        {trial.problems.length > 0 && (
          <div class="error" data-field="wb-problems">
            <h3>{t('options_wb_problems')}</h3>
            <ul>
              {trial.problems.map((p, i) => (
                <li key={i}>
                  <code>{p.path}</code>: {p.message}
                </li>
              ))}
            </ul>
          </div>
        )}
        {trial.examples.length > 0 && (
          <div data-field="wb-examples">
            <h3>{t('options_wb_examplesResult')}</h3>
            <ul>
              {trial.examples.map((e, i) => (
                <li key={i} data-ok={String(e.ok)} data-expected={e.expected}>
                  <span aria-hidden="true">{e.ok ? '✓' : '✗'}</span> “{e.text}”
                  {e.expected === 'rewrite' && e.want ? ` → ${e.want.length ? e.want.map((w) => `“${w}”`).join(' | ') : t('options_wb_noRewrite')}` : ''} –{' '}
                  {e.ok
                    ? t('options_wb_exampleOk')
                    : e.expected === 'rewrite'
                      ? t('options_wb_exampleRewriteWrong', e.got?.length ? e.got.map((g) => `“${g}”`).join(' | ') : t('options_wb_noRewrite'))
                      : e.expected === 'match'
                        ? t('options_wb_exampleMissed')
                        : t('options_wb_exampleWrong')}
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
      <Area id="wb-sample" label={t('options_wb_sample')} value={sample} onInput={setSample} rows={4} />
      <p data-field="wb-matches">{t('options_wb_matches', trial.hints.length)}</p>
      <p class="sample" data-field="wb-sample-view">
        {splitByHints(sample, trial.hints).map((piece, i) => (piece.hit ? <mark key={i}>{piece.text}</mark> : <span key={i}>{piece.text}</span>))}
      </p>
    </section>
  );
}

function Field({ id, label, help, value, onInput }: { id: string; label: string; help?: string; value: string; onInput: (v: string) => void }) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input id={id} value={value} onInput={(e) => onInput(e.currentTarget.value)} aria-describedby={help ? `${id}-help` : undefined} />
      {help && (
        <small id={`${id}-help`} class="help">
          {help}
        </small>
      )}
    </div>
  );
}

function Area({ id, label, help, value, onInput, rows = 3 }: { id: string; label: string; help?: string; value: string; onInput: (v: string) => void; rows?: number }) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <textarea id={id} rows={rows} value={value} onInput={(e) => onInput(e.currentTarget.value)} aria-describedby={help ? `${id}-help` : undefined} />
      {help && (
        <small id={`${id}-help`} class="help">
          {help}
        </small>
      )}
    </div>
  );
}

/** The team's own categories: a rule can then be put in one of them. */
function Categories({ draft, setDraft }: { draft: RulesetInput; setDraft: (d: RulesetInput) => void }) {
  const [form, setForm] = useState<CategoryForm>(emptyCategoryForm());
  const [problems, setProblems] = useState<{ path: string; message: string }[]>([]);
  const categories = draft.categories ?? [];
  const add = () => {
    const r = categoryFromForm(form, categories.map((c) => c.id));
    if (!r.ok) return setProblems(r.problems);
    setDraft({ ...draft, categories: [...categories, r.category] });
    setForm(emptyCategoryForm());
    setProblems([]);
  };
  return (
    <form
      class="categories"
      onSubmit={(e) => {
        e.preventDefault();
        add();
      }}
    >
      <fieldset>
        <legend>{t('options_wb_categories')}</legend>
        {categories.length ? (
          <ul data-field="wb-categories">
            {categories.map((c) => (
              <li key={c.id}>
                <code>{c.id}</code> {c.name.fi ?? c.name.en ?? c.name.sv}{' '}
                <button
                  type="button"
                  aria-label={t('options_wb_delete', c.id)}
                  onClick={() => setDraft({ ...draft, categories: categories.filter((x) => x.id !== c.id) })}
                >
                  ✕
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('options_wb_noCategories')}</p>
        )}
        <Field id="wb-cat-id" label={t('options_wb_categoryId')} value={form.id} onInput={(v) => setForm({ ...form, id: v })} />
        {LANGUAGES.map((l) => (
          <Field key={`n-${l}`} id={`wb-cat-name-${l}`} label={t('options_wb_categoryName', l)} value={form.name[l]} onInput={(v) => setForm({ ...form, name: { ...form.name, [l]: v } })} />
        ))}
        {LANGUAGES.map((l) => (
          <Field
            key={`d-${l}`}
            id={`wb-cat-desc-${l}`}
            label={t('options_wb_categoryDescription', l)}
            value={form.description[l]}
            onInput={(v) => setForm({ ...form, description: { ...form.description, [l]: v } })}
          />
        ))}
        {problems.length > 0 && (
          <ul class="error" role="alert" data-field="wb-category-problems">
            {problems.map((p, i) => (
              <li key={i}>
                <code>{p.path}</code>: {p.message}
              </li>
            ))}
          </ul>
        )}
        <button type="submit">{t('options_wb_addCategory')}</button>
      </fieldset>
    </form>
  );
}
