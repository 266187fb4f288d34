/**
 * The rule workbench: a supervisor writes or edits a rule in a form, sees it match live on sample text and on
 * its own examples (the real engine, on a one-rule ruleset), and exports the ruleset file. No JSON editing.
 * A problem shows beside its field, in the UI language (lib/ruleset/problems.ts), once the field was left or Save
 * was pressed; what an action did shows beside its button.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { LANGUAGES, localize, type Language } from '../../lib/coaching';
import { describeProblem, problemField, problemLine, problemWords } from '../../lib/ruleset/problems';
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
import { languageName, t } from '../i18n';
import { workbenchDraftItem } from '../storage';
import { TeamSigning } from './TeamSigning';
import { categoryName } from '../categories';
import { Button, describedBy, Disclosure, FileButton, Message, Section, TextArea, TextField, type Tone } from '../ui/kit';

export interface DraftStore {
  load(): Promise<RulesetInput | null>;
  save(draft: RulesetInput): Promise<void>;
}

/** storage.local `savyWorkbench` (components/storage.ts): any object is a draft as typed, checked on export. */
const browserStore: DraftStore = {
  load: async () => (await workbenchDraftItem.get()) as RulesetInput | null,
  save: (d) => workbenchDraftItem.set(d as Record<string, unknown>),
};

type RuleInput = NonNullable<RulesetInput['rules']>[number];

export function Workbench({ lang, team, store = browserStore }: { lang: Language; team: Ruleset | null; store?: DraftStore }) {
  const [draft, setDraftState] = useState<RulesetInput>(newDraft());
  const [form, setForm] = useState<RuleForm>(emptyRuleForm(lang));
  const [editing, setEditing] = useState<number | null>(null);
  const [sample, setSample] = useState('');
  // What an action did, beside the control that did it.
  const [note, setNoteState] = useState<{ at: 'file' | 'export' | 'save' | 'list'; text: string; tone: Tone } | null>(null);
  // Fields the supervisor has left (their problems show), and whether Save was pressed (all problems show).
  const [touched, setTouched] = useState<Set<string>>(new Set());
  const [attempted, setAttempted] = useState(false);

  useEffect(() => {
    store.load().then(
      (d) => d && setDraftState(d),
      () => undefined,
    );
  }, []);
  const setDraft = (d: RulesetInput) => {
    setDraftState(d);
    void store.save(d).catch(() => undefined);
  };
  const say = (at: 'file' | 'export' | 'save' | 'list', text: string, tone: Tone = 'ok') => setNoteState({ at, text, tone });
  const noteAt = (at: 'file' | 'export' | 'save' | 'list') => (note?.at === at ? note : null);
  const resetForm = (f: RuleForm) => {
    setForm(f);
    setTouched(new Set());
    setAttempted(false);
  };

  const rule = useMemo(() => ruleFromForm(form), [form]);
  const trial = useMemo(() => tryRule(rule, sample, draft.categories ?? []), [rule, sample, draft.categories]);
  const rules = draft.rules ?? [];
  const categories = draft.categories ?? [];
  const set = <K extends keyof RuleForm>(key: K, value: RuleForm[K]) => setForm({ ...form, [key]: value });
  const leave = (field: string) => () => !touched.has(field) && setTouched(new Set([...touched, field]));

  // Each problem beside its field, in words; a one-per-line field says which line.
  const problems = useMemo(() => {
    const by = new Map<string, string[]>();
    for (const p of trial.problems) {
      const field = FIELD_OF[problemField(p.path)] ?? 'save';
      const line = problemLine(p.path);
      // An empty field is missing, whatever rule its emptiness breaks.
      const empty = field === 'wb-rule-id' && !form.id.trim();
      const words = problemWords(empty ? MISSING : p, lang);
      by.set(field, [...(by.get(field) ?? []), line ? t('options_wb_line', line, words) : words]);
    }
    return by;
  }, [trial.problems, lang, form.id]);
  const errorOf = (field: string) => (attempted || touched.has(field) ? problems.get(field)?.join(' ') : undefined);

  const edit = (i: number) => {
    const f = formFromRule(rules[i]);
    if (!f) return say('list', t('options_wb_notEditable', rules[i].id), 'error');
    resetForm(f);
    setEditing(i);
    setNoteState(null);
    document.getElementById('wb-rule-id')?.focus();
  };
  const save = () => {
    if (trial.problems.length) {
      setAttempted(true);
      say('save', t('options_wb_fixFirst', trial.problems.length), 'error');
      const first = FIELD_OF[problemField(trial.problems[0].path)];
      if (first) document.getElementById(first === 'wb-languages' ? 'wb-lang-fi' : first)?.focus();
      return;
    }
    const at = editing ?? rules.findIndex((r) => r.id === rule.id);
    const next = [...rules];
    if (at >= 0) next[at] = rule;
    else next.push(rule);
    const langs = [...new Set([...(draft.languages ?? []), ...rule.languages])];
    setDraft({ ...draft, languages: langs, rules: next });
    setEditing(at >= 0 ? at : next.length - 1);
    say('save', t('options_wb_saved', rule.id));
  };
  const remove = (i: number) => {
    setDraft({ ...draft, rules: rules.filter((_, j) => j !== i) });
    say('list', t('options_wb_deleted', rules[i].id));
    if (editing === i) {
      setEditing(null);
      resetForm(emptyRuleForm(lang));
    }
  };
  const openFile = async (file: File) => {
    try {
      const data = unwrapRuleset(JSON.parse(await file.text())).ruleset as RulesetInput;
      if (!data || typeof data !== 'object' || !Array.isArray(data.rules ?? [])) throw new Error('not a ruleset');
      setDraft(data);
      setEditing(null);
      resetForm(emptyRuleForm(lang));
      say('file', t('options_wb_opened', file.name));
    } catch {
      say('file', t('options_wb_openFailed', file.name), 'error');
    }
  };
  const exportFile = () => {
    const out = exportDraft(draft);
    if (out.problems.length) return say('export', t('options_wb_exportBlocked', describeProblem(out.problems[0], lang, draft)), 'error');
    if (out.failures) return say('export', t('options_wb_exportBlocked', t('options_wb_exportFailures', out.failures)), 'error');
    const name = `${String(draft.id || 'ruleset')}.json`;
    const a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([out.text], { type: 'application/json' }));
    a.download = name;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
    say('export', t('options_wb_exported', name));
  };
  const ruleLabel = (r: RuleInput) => localize(r.message as Partial<Record<Language, string>>, lang) || r.id;

  return (
    <Section id="wb" title={t('options_wb_heading')} intro={t('options_wb_intro')} class="workbench">
      <fieldset class="group wb-ruleset">
        <legend>{t('options_wb_ruleset')}</legend>
        <div class="fields-row">
          <TextField id="wb-rs-id" label={t('options_wb_rulesetId')} value={String(draft.id ?? '')} onValue={(v) => setDraft({ ...draft, id: v })} />
          <TextField
            id="wb-rs-name"
            label={t('options_wb_rulesetName')}
            value={String(draft.name ?? '')}
            onValue={(v) => setDraft({ ...draft, name: v })}
          />
          <TextField
            id="wb-rs-version"
            label={t('options_wb_rulesetVersion')}
            value={String(draft.version ?? '')}
            onValue={(v) => setDraft({ ...draft, version: v })}
          />
        </div>
        <div class="actions">
          {team && (
            <Button
              onClick={() => {
                setDraft(structuredClone(team) as RulesetInput);
                say('file', t('options_wb_loaded', team.name));
              }}
            >
              {t('options_wb_loadTeam')}
            </Button>
          )}
          <FileButton aria-describedby="wb-file-msg" onFile={openFile}>
            {t('options_wb_open')}
          </FileButton>
          <Button variant="primary" onClick={exportFile} data-action="export" aria-describedby="wb-export-msg">
            {t('options_wb_export')}
          </Button>
        </div>
        <Message id="wb-file-msg" tone={noteAt('file')?.tone} field="wb-note">
          {noteAt('file')?.text}
        </Message>
        <Message id="wb-export-msg" tone={noteAt('export')?.tone} field="wb-export-note">
          {noteAt('export')?.text}
        </Message>
      </fieldset>

      <TeamSigning draft={draft} lang={lang} />

      <h3 class="wb-subhead">{t('options_wb_rules')}</h3>
      {rules.length ? (
        <ul data-field="wb-rules" class="wb-rules list-plain">
          {rules.map((r: RuleInput, i) => (
            <li key={`${r.id}-${i}`} aria-current={editing === i ? 'true' : undefined}>
              <span class="wb-rule-text">
                <span>{ruleLabel(r)}</span>
                <span class="tag">{categoryName(r.category, lang, categories)}</span>
                <code>{r.id}</code>
              </span>
              <span class="wb-rule-actions">
                <Button variant="quiet" onClick={() => edit(i)} aria-label={t('options_wb_edit', r.id)}>
                  {t('options_wb_editShort')}
                </Button>
                <Button variant="quiet" onClick={() => remove(i)} aria-label={t('options_wb_delete', r.id)}>
                  {t('options_wb_deleteShort')}
                </Button>
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">{t('options_wb_noRules')}</p>
      )}
      <Message id="wb-list-msg" tone={noteAt('list')?.tone}>
        {noteAt('list')?.text}
      </Message>
      <div class="actions">
        <Button
          onClick={() => {
            setEditing(null);
            resetForm(emptyRuleForm(lang));
            setNoteState(null);
            document.getElementById('wb-rule-id')?.focus();
          }}
        >
          {t('options_wb_newRule')}
        </Button>
      </div>

      <Categories draft={draft} setDraft={setDraft} lang={lang} />

      <form
        class="rule"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
      >
        <fieldset class="group wb-rule">
          <legend>{editing !== null ? t('options_wb_ruleEditing', rules[editing]?.id ?? '') : t('options_wb_rule')}</legend>
          <TextField
            id="wb-rule-id"
            label={t('options_wb_ruleId')}
            help={t('options_wb_ruleIdHelp')}
            value={form.id}
            onValue={(v) => set('id', v)}
            onBlur={leave('wb-rule-id')}
            error={errorOf('wb-rule-id')}
          />
          <div class="fields-row">
            <div class="field">
              <label for="wb-category">{t('options_wb_category')}</label>
              <select
                id="wb-category"
                value={form.category}
                onChange={(e) => set('category', e.currentTarget.value)}
                aria-describedby={describedBy('wb-category', false, errorOf('wb-category'))}
              >
                {categoryChoices(draft).map((c) => (
                  <option key={c} value={c}>
                    {categoryName(c, lang, categories)}
                  </option>
                ))}
              </select>
              <Message id="wb-category-msg" tone="error">
                {errorOf('wb-category')}
              </Message>
            </div>
            <div class="field">
              <label for="wb-severity">{t('options_wb_severity')}</label>
              <select id="wb-severity" value={form.severity} onChange={(e) => set('severity', e.currentTarget.value as RuleForm['severity'])}>
                <option value="warning">{t('options_wb_severityWarning')}</option>
                <option value="info">{t('options_wb_severityInfo')}</option>
              </select>
            </div>
          </div>
          <fieldset class="group" aria-describedby={describedBy('wb-languages', false, errorOf('wb-languages'))}>
            <legend>{t('options_wb_languages')}</legend>
            <div class="choices">
              {LANGUAGES.map((l) => (
                <label key={l} class="choice">
                  <input
                    id={`wb-lang-${l}`}
                    type="checkbox"
                    checked={form.languages.includes(l)}
                    onChange={(e) => {
                      set('languages', e.currentTarget.checked ? [...form.languages, l] : form.languages.filter((x) => x !== l));
                      leave('wb-languages')();
                    }}
                  />
                  {languageName(l, lang)}
                </label>
              ))}
            </div>
            <Message id="wb-languages-msg" tone="error">
              {errorOf('wb-languages')}
            </Message>
          </fieldset>
          <TextArea
            id="wb-patterns"
            label={t('options_wb_patterns')}
            help={t('options_wb_patternsHelp')}
            value={form.patterns}
            onValue={(v) => set('patterns', v)}
            onBlur={leave('wb-patterns')}
            error={errorOf('wb-patterns')}
          />
          <TextArea
            id="wb-exceptions"
            label={t('options_wb_exceptions')}
            value={form.exceptions}
            onValue={(v) => set('exceptions', v)}
            onBlur={leave('wb-exceptions')}
            error={errorOf('wb-exceptions')}
            rows={2}
          />
          <div class="fields-row messages-row">
            {LANGUAGES.map((l) => (
              <TextField
                key={l}
                id={`wb-message-${l}`}
                label={t('options_wb_message', languageName(l, lang))}
                value={form.message[l]}
                onValue={(v) => set('message', { ...form.message, [l]: v })}
                onBlur={leave('wb-message-fi')}
                error={l === 'fi' ? errorOf('wb-message-fi') : undefined}
              />
            ))}
          </div>
          <TextArea
            id="wb-suggestions"
            label={t('options_wb_suggestions')}
            help={t('options_wb_suggestionsHelp')}
            value={form.suggestions}
            onValue={(v) => set('suggestions', v)}
            onBlur={leave('wb-suggestions')}
            error={errorOf('wb-suggestions')}
            rows={2}
          />
          <TextArea
            id="wb-rewrites"
            label={t('options_wb_rewrites')}
            value={form.rewrites}
            onValue={(v) => set('rewrites', v)}
            onBlur={leave('wb-rewrites')}
            error={errorOf('wb-rewrites')}
            rows={2}
          />
          <TextField
            id="wb-model"
            label={t('options_wb_model')}
            value={form.model}
            onValue={(v) => set('model', v)}
            onBlur={leave('wb-model')}
            error={errorOf('wb-model')}
          />
          <TextArea
            id="wb-match"
            label={t('options_wb_match')}
            value={form.match}
            onValue={(v) => set('match', v)}
            onBlur={leave('wb-match')}
            error={errorOf('wb-match')}
          />
          <TextArea
            id="wb-nomatch"
            label={t('options_wb_noMatch')}
            value={form.noMatch}
            onValue={(v) => set('noMatch', v)}
            onBlur={leave('wb-nomatch')}
            error={errorOf('wb-nomatch')}
            rows={2}
          />
          {trial.examples.length > 0 && (
            <div data-field="wb-examples" class="wb-examples" aria-live="polite">
              <h4>{t('options_wb_examplesResult')}</h4>
              <ul class="list-plain">
                {trial.examples.map((e, i) => (
                  <li key={i} data-ok={String(e.ok)} data-expected={e.expected}>
                    <span aria-hidden="true">{e.ok ? '✓' : '✗'}</span> <q>{e.text}</q>
                    {e.expected === 'rewrite' && e.want
                      ? ` → ${e.want.length ? e.want.map((w) => `“${w}”`).join(' | ') : t('options_wb_noRewrite')}`
                      : ''}{' '}
                    –{' '}
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
          <div class="actions">
            <Button type="submit" variant="primary" data-action="save-rule" aria-describedby="wb-save-msg">
              {t('options_wb_saveRule')}
            </Button>
            <Message id="wb-save-msg" tone={noteAt('save')?.tone} field="wb-save-note">
              {noteAt('save')?.text}
            </Message>
          </div>
          {attempted && problems.get('save') && (
            <p class="msg msg-error" data-field="wb-problems">
              {problems.get('save')!.join(' ')}
            </p>
          )}
        </fieldset>
      </form>

      <div class="wb-trial">
        <TextArea id="wb-sample" label={t('options_wb_sample')} help={t('options_wb_sampleHelp')} value={sample} onValue={setSample} rows={4} />
        <p data-field="wb-matches" class="muted" aria-live="polite">
          {t('options_wb_matches', trial.hints.length)}
        </p>
        <p class="sample" data-field="wb-sample-view">
          {splitByHints(sample, trial.hints).map((piece, i) => (piece.hit ? <mark key={i}>{piece.text}</mark> : <span key={i}>{piece.text}</span>))}
        </p>
      </div>
    </Section>
  );
}

/** The form field a problem of the rule belongs to (problemField() of its path). */
const FIELD_OF: Record<string, string> = {
  id: 'wb-rule-id',
  category: 'wb-category',
  severity: 'wb-severity',
  languages: 'wb-languages',
  patterns: 'wb-patterns',
  metric: 'wb-patterns',
  '(rule)': 'wb-patterns',
  exceptions: 'wb-exceptions',
  message: 'wb-message-fi',
  suggestions: 'wb-suggestions',
  model: 'wb-model',
  'examples.rewrites': 'wb-rewrites',
  'examples.match': 'wb-match',
  'examples.noMatch': 'wb-nomatch',
  examples: 'wb-match',
};

const MISSING = { message: 'missing: add the value' };

const CATEGORY_FIELD: Record<string, string> = { id: 'wb-cat-id', name: 'wb-cat-name-fi', description: 'wb-cat-desc-fi' };

/** The team's own categories, behind a disclosure: a rule can then be put in one of them. */
function Categories({ draft, setDraft, lang }: { draft: RulesetInput; setDraft: (d: RulesetInput) => void; lang: Language }) {
  const [form, setForm] = useState<CategoryForm>(emptyCategoryForm());
  const [problems, setProblems] = useState<{ path: string; message: string }[]>([]);
  const [added, setAdded] = useState('');
  const categories = draft.categories ?? [];
  const add = () => {
    const r = categoryFromForm(
      form,
      categories.map((c) => c.id),
    );
    setAdded('');
    if (!r.ok) {
      setProblems(r.problems);
      const first = CATEGORY_FIELD[problemField(r.problems[0].path)];
      if (first) document.getElementById(first)?.focus();
      return;
    }
    setDraft({ ...draft, categories: [...categories, r.category] });
    setForm(emptyCategoryForm());
    setProblems([]);
    setAdded(t('options_wb_categoryAdded', localize(r.category.name, lang)));
  };
  const errorOf = (field: string) => {
    const list = problems
      .filter((p) => (CATEGORY_FIELD[problemField(p.path)] ?? 'wb-cat-id') === field)
      .map((p) => problemWords(field === 'wb-cat-id' && !form.id.trim() ? MISSING : p, lang));
    return list.length ? list.join(' ') : undefined;
  };
  return (
    <Disclosure
      summary={t('options_wb_categoriesCount', categories.length)}
      class="wb-categories"
      open={categories.length > 0 ? undefined : undefined}
    >
      <p class="field-help">{t('options_wb_categoriesIntro')}</p>
      {categories.length ? (
        <ul data-field="wb-categories" class="list-plain wb-cat-list">
          {categories.map((c) => (
            <li key={c.id}>
              <span>
                <strong>{localize(c.name, lang)}</strong> <code>{c.id}</code>
              </span>
              <Button
                variant="quiet"
                aria-label={t('options_wb_delete', localize(c.name, lang))}
                onClick={() => setDraft({ ...draft, categories: categories.filter((x) => x.id !== c.id) })}
              >
                {t('options_wb_deleteShort')}
              </Button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">{t('options_wb_noCategories')}</p>
      )}
      <form
        class="categories"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          add();
        }}
      >
        <TextField
          id="wb-cat-id"
          label={t('options_wb_categoryId')}
          help={t('options_wb_categoryIdHelp')}
          value={form.id}
          onValue={(v) => setForm({ ...form, id: v })}
          error={errorOf('wb-cat-id')}
        />
        <div class="fields-row">
          {LANGUAGES.map((l) => (
            <TextField
              key={`n-${l}`}
              id={`wb-cat-name-${l}`}
              label={t('options_wb_categoryName', languageName(l, lang))}
              value={form.name[l]}
              onValue={(v) => setForm({ ...form, name: { ...form.name, [l]: v } })}
              error={l === 'fi' ? errorOf('wb-cat-name-fi') : undefined}
            />
          ))}
        </div>
        <div class="fields-row">
          {LANGUAGES.map((l) => (
            <TextField
              key={`d-${l}`}
              id={`wb-cat-desc-${l}`}
              label={t('options_wb_categoryDescription', languageName(l, lang))}
              value={form.description[l]}
              onValue={(v) => setForm({ ...form, description: { ...form.description, [l]: v } })}
              error={l === 'fi' ? errorOf('wb-cat-desc-fi') : undefined}
            />
          ))}
        </div>
        <div class="actions">
          <Button type="submit" aria-describedby="wb-cat-msg">
            {t('options_wb_addCategory')}
          </Button>
          <Message id="wb-cat-msg" tone={problems.length ? 'error' : 'ok'} field={problems.length ? 'wb-category-problems' : undefined}>
            {problems.length ? t('options_wb_fixFirst', problems.length) : added}
          </Message>
        </div>
      </form>
    </Disclosure>
  );
}
