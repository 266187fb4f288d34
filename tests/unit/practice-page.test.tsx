// @vitest-environment happy-dom
/**
 * The practice inbox in happy-dom: tickets (bundled + team) with filters, the customer's message and the weak
 * reply, the page's own Coach on the editor (badge, steps live), Done → score, reflection, rating, saved attempt.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PracticeApp, type PracticeApi, type Score } from '../../components/practice/App';
import { mountPageCoach } from '../../components/practice/coach';
import { practiceTickets } from '../../components/practice/tickets';
import type { Coach } from '../../components/coach/controller';
import { contentRuleset, createAnalyzer } from '../../lib/content-engine';
import type { PracticeInput } from '../../lib/history/types';
import type { Language } from '../../lib/coaching';
import bundled from '../../lib/practice/tickets.json';

let root: HTMLElement;
let coach: Coach;
let abort: AbortController;
let saved: PracticeInput[];

const wait = (ms = 0) => new Promise((r) => setTimeout(r, ms));
const flush = async (ms = 0) => {
  await act(async () => {
    await wait(ms);
  });
};
const analyze = (text: string): Score => {
  const a = createAnalyzer({ lang: 'auto', uiLanguage: 'en' }, contentRuleset()).analyze(text);
  return { language: a.language, steps: a.steps, hints: a.hints.length };
};
const TEAM = {
  practice: [
    {
      id: 'fi-team-palkka',
      language: 'fi' as const,
      kind: 'complaint' as const,
      setting: 'payroll',
      title: 'Tiimin harjoitus: lomaraha puuttuu',
      customer: 'Lomarahani puuttuu kesäkuun palkasta.',
    },
  ],
};

async function show(lang: Language = 'en', api?: Partial<PracticeApi>) {
  ({ coach, abort } = mountPageCoach(document, { lang, compiled: contentRuleset(), debounceMs: 0 }));
  const full: PracticeApi = {
    save: async (a) => void saved.push(a),
    progressUrl: 'chrome-extension://x/progress.html',
    now: () => 1_764_000_000_000,
    ...api,
  };
  await act(() => render(<PracticeApp api={full} lang={lang} coach={coach} tickets={practiceTickets(TEAM)} analyze={analyze} />, root));
  await flush();
}

function select(filter: 'language' | 'setting', value: string) {
  const el = root.querySelector<HTMLSelectElement>(`[data-practice-filter="${filter}"]`)!;
  el.value = value;
  el.dispatchEvent(new Event('change', { bubbles: true }));
}

async function write(ta: HTMLTextAreaElement, text: string) {
  ta.focus();
  ta.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
  ta.value = text;
  ta.dispatchEvent(new Event('input', { bubbles: true }));
  await flush(5);
}

const stepDone = () =>
  Object.fromEntries([...root.querySelectorAll('[data-savy-step]')].map((el) => [el.getAttribute('data-savy-step'), el.getAttribute('data-done')]));
const count = () => Number(root.querySelector('[data-practice-count]')!.getAttribute('data-practice-count'));

beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
  saved = [];
});

afterEach(() => {
  render(null, root);
  root.remove();
  abort?.abort();
});

describe('practice inbox', () => {
  it('lists the bundled tickets and the team ruleset tickets, filterable by language and setting', async () => {
    await show('en');
    // Starts with the UI language's tickets.
    const en = (bundled as { language: string }[]).filter((t) => t.language === 'en').length;
    expect(count()).toBe(en);
    await act(async () => select('language', ''));
    expect(count()).toBe(bundled.length + 1);
    await act(async () => select('language', 'fi'));
    const fi = count();
    expect(root.querySelector('[data-practice-ticket="fi-team-palkka"]')!.textContent).toContain('team');
    await act(async () => select('setting', 'payroll'));
    expect(count()).toBeLessThan(fi);
    expect(count()).toBeGreaterThan(1);
    const settings = [...root.querySelectorAll('[data-practice-filter="setting"] option')].map((o) => o.textContent);
    expect(settings).toContain('Payroll');
    expect(settings).toContain('Benefits');
  });

  it('coaches the reply with the same coach as on other sites, and shows the steps live', async () => {
    await show('en');
    const ticket = (bundled as { id: string; language: string; weakReply?: string; customer: string }[]).find(
      (t) => t.language === 'en' && t.weakReply,
    )!;
    await act(async () => root.querySelector<HTMLElement>(`[data-practice-ticket="${ticket.id}"]`)!.click());
    await flush();
    expect(root.querySelector('[data-practice-customer]')!.textContent).toBe(ticket.customer);
    expect(root.querySelector('[data-practice-weak]')!.textContent).toBe(ticket.weakReply);
    const ta = root.querySelector<HTMLTextAreaElement>('[data-practice-editor]')!;
    expect(Object.values(stepDone()).every((d) => d === 'false')).toBe(true);

    // The weak model reply as a starting point: the coach flags it (badge in <savy-coach>'s open shadow root).
    ta.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    await act(async () => root.querySelector<HTMLElement>('[data-practice-use-weak]')!.click());
    await flush(5);
    expect(ta.value).toBe(ticket.weakReply);
    const badge = document.querySelector('savy-coach')!.shadowRoot!.querySelector('[data-savy-badge]')!;
    expect(Number(badge.getAttribute('data-count'))).toBe(analyze(ticket.weakReply!).hints);
    expect(Number(badge.getAttribute('data-count'))).toBeGreaterThan(0);

    await write(ta, 'Hi Sam,\n\nthank you for letting us know. I understand how frustrating this is. ');
    expect(stepDone()).toMatchObject({ greet: 'true', thank: 'true', empathize: 'true', apologize: 'false', 'next-steps': 'false' });
    await write(ta, `${ta.value}I'm sorry we missed this. You will hear from me by Friday 28 November.`);
    expect(Object.values(stepDone())).toEqual(['true', 'true', 'true', 'true', 'true']);
    expect(root.querySelector('[data-practice-hints]')!.getAttribute('data-practice-hints')).toBe('0');
  });

  it('scores the reply on Done, asks for a reflection and a rating, and saves the attempt', async () => {
    await show('fi');
    await act(async () => root.querySelector<HTMLElement>('[data-practice-ticket="fi-team-palkka"]')!.click());
    await flush();
    const ta = root.querySelector<HTMLTextAreaElement>('[data-practice-editor]')!;
    await act(async () => root.querySelector<HTMLElement>('[data-practice-done]')!.click());
    // Beside the Done button, not somewhere else on the page.
    expect(root.querySelector('#practice-done-msg')!.textContent).toBe('Kirjoita ensin vastaus.');

    const reply = 'Hei Maija,\n\nkiitos, kun kerroit tästä. Ymmärrän, että tämä on harmillista. Olet ehkä vain lukenut ohjeet väärin!!';
    await write(ta, reply);
    await act(async () => root.querySelector<HTMLElement>('[data-practice-done]')!.click());
    await flush();
    const result = root.querySelector('[data-practice-result]')!;
    const expected = analyze(reply);
    expect(result.getAttribute('data-steps-covered')).toBe('3');
    expect(result.getAttribute('data-hints-left')).toBe(String(expected.hints));
    expect(result.textContent).toContain('Askelia mukana: 3/5');
    expect(result.textContent).toContain('Puuttuu vielä: Älä etsi syyllisiä, pahoittele, Mitä seuraavaksi');
    expect(ta.readOnly).toBe(true);

    // The reflection fields are not coached (data-savy="off").
    const well = root.querySelector<HTMLTextAreaElement>('#practice-well')!;
    expect(well.getAttribute('data-savy')).toBe('off');
    well.value = 'Kohtasin asiakkaan, soita 040 123 4567';
    well.dispatchEvent(new Event('input', { bubbles: true }));
    const diff = root.querySelector<HTMLTextAreaElement>('#practice-differently')!;
    diff.value = 'Kertoisin, mitä seuraavaksi tapahtuu.';
    diff.dispatchEvent(new Event('input', { bubbles: true }));
    await flush();

    // A rating is needed.
    await act(async () => root.querySelector<HTMLElement>('[data-practice-save]')!.click());
    await flush();
    expect(saved).toEqual([]);
    expect(root.querySelector('#practice-rating-msg')!.textContent).toBe('Valitse arvio 1–5.');

    await act(async () => root.querySelector<HTMLInputElement>('[data-practice-rating="3"]')!.click());
    await act(async () => root.querySelector<HTMLElement>('[data-practice-save]')!.click());
    await flush();
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({
      ticketId: 'fi-team-palkka',
      lang: 'fi',
      rating: 3,
      hints: expected.hints,
      steps: { greet: true, thank: true, empathize: true, apologize: false, 'next-steps': false },
      at: 1_764_000_000_000,
    });
    expect(saved[0].reflection).toBe('Onnistui: Kohtasin asiakkaan, soita 040 123 4567\nToisin: Kertoisin, mitä seuraavaksi tapahtuu.');
    expect(root.querySelector('[data-practice-phase]')!.getAttribute('data-practice-phase')).toBe('saved');
    expect(root.querySelector('[data-practice-progress]')!.getAttribute('href')).toBe('chrome-extension://x/progress.html');
  });

  it('says so when saving fails, and every control has an accessible name', async () => {
    await show('sv', { save: async () => Promise.reject(new Error('kvot')) });
    await act(async () => select('language', 'sv'));
    const first = root.querySelector<HTMLElement>('[data-practice-ticket]')!;
    await act(async () => first.click());
    await flush();
    await write(
      root.querySelector<HTMLTextAreaElement>('[data-practice-editor]')!,
      'Hej Anna, tack för att du hörde av dig. Du får svar senast fredag.',
    );
    await act(async () => root.querySelector<HTMLElement>('[data-practice-done]')!.click());
    await flush();
    await act(async () => root.querySelector<HTMLInputElement>('[data-practice-rating="5"]')!.click());
    await act(async () => root.querySelector<HTMLElement>('[data-practice-save]')!.click());
    await flush();
    expect(root.querySelector('#practice-save-msg')!.textContent).toBe(
      'Det gick inte att spara. Ditt svar och din reflektion finns kvar: försök igen.',
    );
    for (const el of root.querySelectorAll('button, a, summary')) expect((el.getAttribute('aria-label') || el.textContent || '').trim()).not.toBe('');
    for (const el of root.querySelectorAll('textarea, select, input')) {
      const id = el.id;
      const named = (id && root.querySelector(`label[for="${id}"]`)) || el.closest('label') || el.getAttribute('aria-label');
      expect(named, el.outerHTML).toBeTruthy();
    }
  });
});
