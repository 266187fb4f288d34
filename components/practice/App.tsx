/**
 * The practice inbox: practice tickets (bundled + the team's), filterable by language and setting; the customer's
 * message and a weak model reply to improve; a real editor with the same coach as on other sites (badge, panel,
 * underlines, rewrites); the five steps live; "Done" scores the reply, asks for a short reflection and a 1–5
 * self-rating, and saves the attempt to the progress store (`historyPractice`).
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { LANGUAGES, noSteps, STEP_IDS, STEPS, type Language, type StepId, type Steps } from '../../lib/coaching';
import type { PracticeInput } from '../../lib/history/types';
import type { Coach } from '../coach/controller';
import { hasMessage, languageName, translate } from '../i18n';
import { Button, Message, SelectField, TextArea } from '../ui/kit';
import { filterTickets, settingsOf, type PracticeItem, type TicketFilter } from './tickets';

export interface PracticeApi {
  save(attempt: PracticeInput): Promise<void>;
  progressUrl: string;
  now(): number;
}

export interface Score {
  language: Language;
  steps: Steps;
  hints: number;
  /** Steps covered only by a phrase that has an open hint. */
  weak?: readonly StepId[];
}

type Phase = 'write' | 'reflect' | 'saved';

function settingName(setting: string, lang: Language): string {
  const key = `practice_setting_${setting}`;
  return hasMessage(key) ? translate(lang, key) : setting;
}

export function PracticeApp({
  api,
  lang,
  coach,
  tickets,
  analyze,
}: {
  api: PracticeApi;
  lang: Language;
  coach: Coach;
  tickets: PracticeItem[];
  /** The reply's analysis when the coach is not on the editor (the same ruleset, muted rules left out). */
  analyze(text: string): Score;
}) {
  const [filter, setFilter] = useState<TicketFilter>(() => ({ language: tickets.some((p) => p.language === lang) ? lang : '', setting: '' }));
  const shown = useMemo(() => filterTickets(tickets, filter), [tickets, filter]);
  const settings = useMemo(() => settingsOf(tickets.filter((p) => !filter.language || p.language === filter.language)), [tickets, filter.language]);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const selected = tickets.find((p) => p.id === selectedId) ?? null;

  return (
    <main class="practice" lang={lang}>
      <header>
        <h1>{translate(lang, 'practice_title')}</h1>
        <p class="intro">{translate(lang, 'practice_intro')}</p>
      </header>
      <div class="layout">
        <section class="inbox" aria-labelledby="practice-tickets-h">
          <h2 id="practice-tickets-h">{translate(lang, 'practice_tickets')}</h2>
          <div class="filters">
            <SelectField
              id="practice-filter-language"
              data-practice-filter="language"
              label={translate(lang, 'practice_filterLanguage')}
              value={filter.language}
              onValue={(v) => setFilter({ language: v as Language | '', setting: '' })}
              options={[{ value: '', label: translate(lang, 'practice_all') }, ...LANGUAGES.map((l) => ({ value: l, label: languageName(l, lang) }))]}
            />
            <SelectField
              id="practice-filter-setting"
              data-practice-filter="setting"
              label={translate(lang, 'practice_filterSetting')}
              value={filter.setting}
              onValue={(v) => setFilter({ ...filter, setting: v })}
              options={[{ value: '', label: translate(lang, 'practice_all') }, ...settings.map((s) => ({ value: s, label: settingName(s, lang) }))]}
            />
          </div>
          <p class="count" role="status" aria-live="polite" data-practice-count={String(shown.length)}>
            {shown.length ? translate(lang, 'practice_count', shown.length) : translate(lang, 'practice_none')}
          </p>
          <ul class="tickets">
            {shown.map((p) => (
              <li key={p.id}>
                <button
                  type="button"
                  data-practice-ticket={p.id}
                  aria-pressed={p.id === selectedId ? 'true' : 'false'}
                  onClick={() => setSelectedId(p.id)}
                >
                  <span class="ticket-title" lang={p.language}>
                    {p.title}
                  </span>
                  <span class="meta">
                    {p.language.toUpperCase()} · {translate(lang, p.kind === 'question' ? 'practice_kindQuestion' : 'practice_kindComplaint')}
                    {p.setting ? ` · ${settingName(p.setting, lang)}` : ''}
                    {p.team ? ` · ${translate(lang, 'practice_team')}` : ''}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </section>
        <section class="work" aria-labelledby="practice-work-h">
          {selected ? (
            <Workspace
              key={selected.id}
              ticket={selected}
              api={api}
              lang={lang}
              coach={coach}
              analyze={analyze}
              onNext={() => nextOf(shown, selected, setSelectedId)}
            />
          ) : (
            <>
              <h2 id="practice-work-h">{translate(lang, 'practice_yourReply')}</h2>
              <p>{translate(lang, 'practice_choose')}</p>
            </>
          )}
        </section>
      </div>
    </main>
  );
}

function nextOf(list: PracticeItem[], current: PracticeItem, select: (id: string) => void) {
  if (!list.length) return;
  const i = list.findIndex((p) => p.id === current.id);
  select(list[(i + 1) % list.length].id);
}

function Workspace({
  ticket,
  api,
  lang,
  coach,
  analyze,
  onNext,
}: {
  ticket: PracticeItem;
  api: PracticeApi;
  lang: Language;
  coach: Coach;
  analyze(text: string): Score;
  onNext(): void;
}) {
  const editor = useRef<HTMLTextAreaElement>(null);
  const [text, setText] = useState('');
  const [phase, setPhase] = useState<Phase>('write');
  const [score, setScore] = useState<Score | null>(null);
  const [wentWell, setWentWell] = useState('');
  const [differently, setDifferently] = useState('');
  const [rating, setRating] = useState(0);
  // What went wrong, beside the control it is about.
  const [note, setNote] = useState<{ at: 'done' | 'rating' | 'save'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    editor.current?.focus();
  }, []);

  // Live: the coach's own reading of this editor (its field is the editor while the trainee writes here).
  const onEditor = coach.field.value !== null && coach.field.value === editor.current;
  const liveSteps = onEditor ? coach.analysis.value.steps : noSteps();
  const liveWeak = onEditor ? coach.weak.value : [];
  const liveHints = onEditor ? coach.hints.value.length : 0;

  const putWeakReply = () => {
    const ta = editor.current;
    if (!ta || !ticket.weakReply) return;
    ta.focus();
    ta.select();
    let done = false;
    try {
      done = ta.ownerDocument.execCommand?.('insertText', false, ticket.weakReply) === true && ta.value === ticket.weakReply;
    } catch {
      done = false;
    }
    if (!done) {
      ta.value = ticket.weakReply;
      ta.dispatchEvent(new Event('input', { bubbles: true }));
    }
    setText(ta.value);
    ta.setSelectionRange(0, 0);
    ta.scrollTop = 0;
  };

  const finish = () => {
    const ta = editor.current;
    const value = ta?.value ?? text;
    if (!value.trim()) {
      setNote({ at: 'done', text: translate(lang, 'practice_emptyReply') });
      editor.current?.focus();
      return;
    }
    let s: Score;
    if (ta && coach.field.value === ta) {
      coach.analyzeNow(); // no waiting for the debounce: score exactly what is written
      const a = coach.analysis.value;
      s = { language: a.language, steps: { ...a.steps }, hints: coach.hints.value.length, weak: [...coach.weak.value] };
    } else s = analyze(value);
    setScore(s);
    setNote(null);
    setPhase('reflect');
  };

  const save = async () => {
    if (!score) return;
    if (!(rating >= 1 && rating <= 5)) {
      setNote({ at: 'rating', text: translate(lang, 'practice_ratingNeeded') });
      return;
    }
    const parts = [
      wentWell.trim() && `${translate(lang, 'practice_reflectionWell')}: ${wentWell.trim()}`,
      differently.trim() && `${translate(lang, 'practice_reflectionDifferently')}: ${differently.trim()}`,
    ].filter(Boolean);
    setBusy(true);
    try {
      await api.save({
        at: api.now(),
        ticketId: ticket.id,
        lang: ticket.language,
        hints: score.hints,
        steps: score.steps,
        reflection: parts.join('\n'),
        rating,
      });
      setPhase('saved');
      setNote(null);
    } catch {
      setNote({ at: 'save', text: translate(lang, 'practice_saveFailed') });
    } finally {
      setBusy(false);
    }
  };

  const covered = score ? STEP_IDS.filter((id) => score.steps[id]) : [];
  const missing = score ? STEP_IDS.filter((id) => !score.steps[id]) : [];

  return (
    <div class="workspace" data-practice-phase={phase}>
      <h2 id="practice-work-h" lang={ticket.language}>
        {ticket.title}
      </h2>
      <p class="meta">
        {languageName(ticket.language, lang)} · {translate(lang, ticket.kind === 'question' ? 'practice_kindQuestion' : 'practice_kindComplaint')}
        {ticket.setting ? ` · ${settingName(ticket.setting, lang)}` : ''}
      </p>
      <h3>{translate(lang, 'practice_customer')}</h3>
      <blockquote class="customer" lang={ticket.language} data-practice-customer="">
        {ticket.customer}
      </blockquote>
      {ticket.weakReply && (
        <details class="weak">
          <summary>{translate(lang, 'practice_weakReply')}</summary>
          <blockquote lang={ticket.language} data-practice-weak="">
            {ticket.weakReply}
          </blockquote>
          <Button data-practice-use-weak="" disabled={phase !== 'write'} onClick={putWeakReply}>
            {translate(lang, 'practice_useWeak')}
          </Button>
        </details>
      )}
      <label for="practice-reply" class="reply-label">
        {translate(lang, 'practice_yourReply')}
      </label>
      <p id="practice-reply-help" class="help">
        {translate(lang, 'practice_replyHelp')}
      </p>
      <textarea
        id="practice-reply"
        ref={editor}
        lang={ticket.language}
        rows={12}
        spellcheck={true}
        readOnly={phase !== 'write'}
        aria-describedby="practice-reply-help"
        data-practice-editor=""
        onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)}
      />
      <section class="live" aria-labelledby="practice-steps-h">
        <h3 id="practice-steps-h">{translate(lang, 'practice_stepsLive')}</h3>
        <ul class="steps">
          {STEP_IDS.map((id) => {
            // Covered only by a phrase that has an open hint: its own look, and what would make it strong.
            const weak = liveSteps[id] && liveWeak.includes(id);
            return (
              <li
                key={id}
                data-savy-step={id}
                data-done={String(liveSteps[id])}
                data-weak={weak ? 'true' : undefined}
                class={weak ? 'done weak' : liveSteps[id] ? 'done' : ''}
              >
                <span aria-hidden="true">{weak ? '◐' : liveSteps[id] ? '✓' : '○'}</span> {STEPS[id].name[lang]}
                <span class="sr-only">: {translate(lang, weak ? 'popup_stepWeak' : liveSteps[id] ? 'popup_stepDone' : 'popup_stepMissing')}</span>
                {weak && <span class="weak-how">{translate(lang, 'coachStepWeakHow', STEPS[id].strong[lang])}</span>}
              </li>
            );
          })}
        </ul>
        <p class="hints-now" data-practice-hints={String(liveHints)}>
          {translate(lang, 'practice_hintsLive', liveHints)} ·{' '}
          {ticket.kind === 'question'
            ? translate(lang, 'practice_needForQuestion', STEPS.greet.name[lang], STEPS['next-steps'].name[lang])
            : translate(lang, 'practice_needForComplaint')}
        </p>
      </section>
      {phase === 'write' && (
        <div class="actions">
          <Button variant="primary" data-practice-done="" onClick={finish} aria-describedby="practice-done-msg">
            {translate(lang, 'practice_done')}
          </Button>
          <Message id="practice-done-msg" tone="error">
            {note?.at === 'done' ? note.text : ''}
          </Message>
        </div>
      )}
      {score && phase !== 'write' && (
        <section
          class="result"
          aria-labelledby="practice-result-h"
          data-practice-result=""
          data-steps-covered={String(covered.length)}
          data-hints-left={String(score.hints)}
        >
          <h3 id="practice-result-h">{translate(lang, 'practice_resultHeading')}</h3>
          <p>{translate(lang, 'practice_stepsCovered', covered.length)}</p>
          <p>
            {missing.length
              ? translate(lang, 'practice_missing', missing.map((id) => STEPS[id].name[lang]).join(', '))
              : translate(lang, 'practice_allSteps')}
          </p>
          {!!score.weak?.length && (
            <div data-practice-weak-steps={score.weak.join(' ')}>
              <p>{translate(lang, 'practice_weak', score.weak.map((id) => STEPS[id].name[lang]).join(', '))}</p>
              <ul>
                {score.weak.map((id) => (
                  <li key={id}>{STEPS[id].strong[lang]}</li>
                ))}
              </ul>
            </div>
          )}
          <p>{translate(lang, 'practice_hintsLeft', score.hints)}</p>
          {phase === 'reflect' && (
            <form
              onSubmit={(e) => {
                e.preventDefault();
                void save();
              }}
            >
              <h3>{translate(lang, 'practice_reflectionHeading')}</h3>
              <TextArea
                id="practice-well"
                label={translate(lang, 'practice_wentWell')}
                data-savy="off"
                rows={2}
                value={wentWell}
                onValue={setWentWell}
              />
              <TextArea
                id="practice-differently"
                label={translate(lang, 'practice_differently')}
                data-savy="off"
                rows={2}
                value={differently}
                onValue={setDifferently}
              />
              <fieldset class="group rating" aria-describedby="practice-rating-msg">
                <legend>{translate(lang, 'practice_rating')}</legend>
                <div class="choices">
                  {[1, 2, 3, 4, 5].map((n) => (
                    <label key={n} class="choice rating-choice">
                      <input
                        type="radio"
                        name="practice-rating"
                        value={String(n)}
                        checked={rating === n}
                        onChange={() => setRating(n)}
                        data-practice-rating={String(n)}
                      />
                      {n}
                    </label>
                  ))}
                </div>
                <Message id="practice-rating-msg" tone="error">
                  {note?.at === 'rating' ? note.text : ''}
                </Message>
              </fieldset>
              <div class="actions">
                <Button type="submit" variant="primary" disabled={busy} data-practice-save="" aria-describedby="practice-save-msg">
                  {translate(lang, 'practice_save')}
                </Button>
                <Button onClick={() => setPhase('write')} data-practice-again="">
                  {translate(lang, 'practice_again')}
                </Button>
              </div>
              <Message id="practice-save-msg" tone="error">
                {note?.at === 'save' ? note.text : ''}
              </Message>
            </form>
          )}
          {phase === 'saved' && (
            <>
              <Message tone="ok" field="practice-saved">
                {translate(lang, 'practice_saved')}
              </Message>
              <div class="actions">
                <a href={api.progressUrl} data-practice-progress="" class="btn">
                  {translate(lang, 'practice_seeProgress')}
                </a>
                <Button variant="primary" onClick={onNext} data-practice-next="">
                  {translate(lang, 'practice_next')}
                </Button>
              </div>
            </>
          )}
        </section>
      )}
    </div>
  );
}
