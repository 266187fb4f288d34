// @vitest-environment happy-dom
import { indexedDB, IDBKeyRange } from 'fake-indexeddb';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ProgressApp } from '../../components/progress/App';
import { ProgressModel } from '../../components/progress/model';
import type { ProgressSource } from '../../components/progress/source';
import { HistoryDB } from '../../lib/history/db';
import { toEvent, toPractice, toReply } from '../../lib/history/sanitize';
import type { Language } from '../../lib/coaching';
import { bundledRuleset } from '../../lib/ruleset/bundled';
import { DAY_MS, type HintAction, type HistoryStatus } from '../../lib/history/types';

const NOW = Date.UTC(2026, 10, 23, 12);
let db: HistoryDB;
let root: HTMLElement;
let downloads: { name: string; text: string }[];
let status: HistoryStatus | null;
let told: number;

function source(): ProgressSource {
  return {
    db,
    status: async () => status,
    told: () => void told++,
    resume: async () => void (status = { paused: false }),
    download: (name, _mime, text) => void downloads.push({ name, text }),
    print: vi.fn(),
    now: () => NOW,
  };
}

/** One hint of a rule shown once, now, in one reply. */
function shownOnce(ruleId: string, category: string, lang: Language, message: string) {
  return toEvent({ at: NOW, replyId: 'r', hintId: 'h', host: 'tuki.example.fi', lang, ruleId, category, action: 'shown', snippet: 'x', message })!;
}

async function seed(n: number) {
  const rules = [
    ['fi.formulaic-apology.mahdollinen-haitta', 'formulaic-apology', 'tuki.example.fi', 'fi'],
    ['en.passive-aggressive.as-i-said', 'passive-aggressive', 'mail.example.com', 'en'],
    ['fi.blame.olisit', 'blame', 'tuki.example.fi', 'fi'],
  ] as const;
  const actions: HintAction[] = ['shown', 'applied', 'shown', 'dismissed'];
  const events = [];
  for (let i = 0; i < n; i++) {
    const [ruleId, category, host, lang] = rules[i % 3];
    events.push(
      toEvent({
        at: NOW - i * 3_600_000,
        replyId: `r${Math.floor(i / 4)}`,
        hintId: `h${i}`,
        host,
        lang,
        ruleId,
        category,
        action: actions[i % 4],
        snippet: `katkelma ${i} maija@example.fi`,
        message: `viesti ${i}`,
        rewrite: i % 4 === 1 ? 'Tarvitsemme vielä liitteen.' : undefined,
      })!,
    );
  }
  await db.events.bulkPut(events);
  await db.replies.bulkPut(
    Array.from(
      { length: Math.ceil(n / 4) },
      (_, i) =>
        toReply({
          id: `r${i}`,
          startedAt: NOW - i * 4 * 3_600_000 - 60_000,
          at: NOW - i * 4 * 3_600_000,
          host: 'tuki.example.fi',
          lang: 'fi',
          words: 100,
          hints: 1,
          byCategory: { blame: 1 },
          steps: { greet: true, thank: i % 2 === 0, empathize: false, apologize: true, 'next-steps': true },
          activeMs: 120_000,
        })!,
    ),
  );
}

const flush = async (ms = 30) => {
  for (let i = 0; i < 5; i++) await act(() => new Promise((r) => setTimeout(r, ms / 5)));
};
const $ = <T extends Element = HTMLElement>(sel: string) => root.querySelector<T>(sel);
const $$ = (sel: string) => [...root.querySelectorAll(sel)];
function change(el: HTMLInputElement | HTMLSelectElement, value: string) {
  el.value = value;
  el.dispatchEvent(new Event('change', { bubbles: true }));
}

let model: ProgressModel;
async function mount() {
  model = new ProgressModel(source());
  await act(() => render(<ProgressApp model={model} lang="en" />, root));
  await flush();
}

beforeEach(() => {
  db = new HistoryDB({ indexedDB, IDBKeyRange }, `progress-page-${Math.random()}`);
  root = document.createElement('div');
  document.body.append(root);
  downloads = [];
  status = { paused: false };
  told = 0;
});
afterEach(() => {
  render(null, root);
  root.remove();
  db.close();
});

describe('progress page', () => {
  it('shows the timeline with snippet, message and rewrite, paged', async () => {
    await seed(130);
    await mount();
    expect($('[data-progress-count]')!.getAttribute('data-progress-count')).toBe('130');
    const rows = $$('tr[data-progress-event]');
    expect(rows).toHaveLength(50);
    expect(rows[0].textContent).toContain('katkelma 0 [email]');
    expect(rows[1].textContent).toContain('Tarvitsemme vielä liitteen.');
    expect(root.textContent).not.toContain('maija@example.fi');
    const next = $$('.pager button').find((b) => b.textContent === 'Next') as HTMLButtonElement;
    await act(() => next.click());
    expect($$('tr[data-progress-event]')[0].textContent).toContain('katkelma 50');
    expect(root.textContent).toContain('Page 2 of 3');
  });

  it('filters by category, site, action, language and date', async () => {
    await seed(120);
    await mount();
    await act(() => change($<HTMLSelectElement>('#f-category')!, 'blame'));
    await flush();
    expect($('[data-progress-count]')!.getAttribute('data-progress-count')).toBe('40');
    expect($$('tr[data-progress-event]').every((r) => r.getAttribute('data-category') === 'blame')).toBe(true);
    await act(() => change($<HTMLSelectElement>('#f-category')!, ''));
    await act(() => change($<HTMLSelectElement>('#f-site')!, 'mail.example.com'));
    expect($('[data-progress-count]')!.getAttribute('data-progress-count')).toBe('40');
    await act(() => change($<HTMLSelectElement>('#f-action')!, 'applied'));
    await act(() => change($<HTMLSelectElement>('#f-lang')!, 'en'));
    const applied = Number($('[data-progress-count]')!.getAttribute('data-progress-count'));
    expect(applied).toBeGreaterThan(0);
    expect($$('tr[data-progress-event]').every((r) => r.getAttribute('data-progress-event') === 'applied')).toBe(true);
    await act(() => ($$('.filters button')[0] as HTMLButtonElement).click());
    const today = new Date(NOW).toISOString().slice(0, 10);
    await act(() => change($<HTMLInputElement>('#f-from')!, today));
    await act(() => change($<HTMLInputElement>('#f-to')!, today));
    await flush();
    // Events every hour back from 12:00 UTC: 13 of them fall on the day (00:00–12:00).
    expect($('[data-progress-count]')!.getAttribute('data-progress-count')).toBe('13');
  });

  it('lists the most frequent rules with their meaning from the bundled ruleset, and charts as tables', async () => {
    await seed(60);
    await mount();
    const rules = $$('.rules li');
    expect(rules.length).toBe(3);
    expect($$('figure.chart')).toHaveLength(3);
    expect($$('figure.chart table').length).toBe(3);
    // The five steps are a table: one row per step, one column per week, a dash for a week without complaint replies.
    expect($$('[data-chart="c-steps"] tbody tr[data-step]')).toHaveLength(5);
    expect($$('[data-chart="c-steps"] thead th').length).toBe(1 + model.stats.value!.weeks.length);
  });

  it('makes "My report" for the chosen period and prints it', async () => {
    await seed(40);
    await mount();
    await act(() => ($$('.views button')[1] as HTMLButtonElement).click());
    expect($('.report')).not.toBeNull();
    expect($('[data-report="replies"]')!.textContent).toBe('10');
    expect($('[data-report="applied"]')!.textContent).toBe('10');
    await act(() => ($$('button').find((b) => b.textContent?.startsWith('Print')) as HTMLButtonElement).click());
    expect(model.source.print).toHaveBeenCalled();
  });

  it('exports JSON and CSV, imports without duplicates, deletes only after confirmation', async () => {
    await seed(20);
    await mount();
    await act(() => ($$('button').find((b) => b.textContent === 'Export (JSON)') as HTMLButtonElement).click());
    await flush();
    expect(downloads[0].name).toBe('savy-history-2026-11-23.json');
    const exported = downloads[0].text;
    expect(JSON.parse(exported).events).toHaveLength(20);
    await act(() => ($$('button').find((b) => b.textContent?.includes('CSV')) as HTMLButtonElement).click());
    expect(downloads[1].text.split('\r\n').length).toBe(22);

    const del = $$('button').find((b) => b.textContent === 'Delete everything…') as HTMLButtonElement;
    await act(() => del.click());
    const dialog = $('[role="alertdialog"]')!;
    expect(document.activeElement?.textContent).toBe('Cancel');
    await act(() => (dialog.querySelectorAll('button')[1] as HTMLButtonElement).click());
    expect(await db.events.count()).toBe(20);
    await act(() => del.click());
    await act(() => ($('[data-confirm-delete]') as HTMLButtonElement).click());
    await flush();
    expect(await db.events.count()).toBe(0);
    expect($('[data-progress-count]')!.getAttribute('data-progress-count')).toBe('0');

    await act(() => model.importText(exported));
    await flush();
    expect(await db.events.count()).toBe(20);
    await act(() => model.importText(exported));
    await flush();
    expect(await db.events.count()).toBe(20);
    expect(root.textContent).toContain('Imported: 0 new, 0 updated, 25 already here.');
    await act(() => model.importText('{"format":"x"}'));
    expect(root.textContent).toContain('Could not import this file');
  });

  it('shows practice reflections and self-ratings, and puts them with the name and period in the report', async () => {
    await seed(8);
    const steps = { greet: true, thank: true, empathize: false, apologize: true, 'next-steps': true };
    await db.practice.bulkPut([
      toPractice({
        at: NOW - 2 * DAY_MS,
        ticketId: 'fi-benefits-housing-late',
        lang: 'fi',
        hints: 1,
        steps,
        reflection: 'Onnistui: Nimesin tilanteen.\nToisin: Lyhyemmät lauseet.',
        rating: 4,
      })!,
      toPractice({ at: NOW - DAY_MS, ticketId: 'fi-benefits-housing-late', lang: 'fi', hints: 0, steps, reflection: '', rating: 2 })!,
    ]);
    await mount();
    const attempts = $$('[data-practice-attempt]');
    expect(attempts).toHaveLength(2);
    // Newest first; the ticket by its title, the rating in words, the reflection as written.
    expect(attempts[1].textContent).toContain('Asumistukihakemus');
    expect(attempts[1].querySelector('[data-rating]')!.textContent).toContain('Own rating 4/5');
    expect(attempts[1].textContent).toContain('Lyhyemmät lauseet.');
    expect(attempts[1].textContent).toContain('steps 4/5');
    expect(attempts[1].textContent).toContain('1 hint left');
    expect(attempts[0].textContent).toContain('No reflection.');
    expect($('[data-practice-summary]')!.textContent).toBe('2 attempts · own rating 3/5 on average');
    // A site filter other than the practice inbox leaves no attempts.
    await act(() => change($<HTMLSelectElement>('#f-site')!, 'tuki.example.fi'));
    expect($$('[data-practice-attempt]')).toHaveLength(0);
    await act(() => change($<HTMLSelectElement>('#f-site')!, ''));

    await act(() => ($$('.views button')[1] as HTMLButtonElement).click());
    const name = $<HTMLInputElement>('#report-name')!;
    name.value = 'Maija Meikäläinen';
    await act(() => void name.dispatchEvent(new Event('input', { bubbles: true })));
    expect($('[data-report="name"]')!.textContent).toBe('Maija Meikäläinen');
    await act(() => change($<HTMLInputElement>('#f-from')!, '2026-11-20'));
    await act(() => change($<HTMLInputElement>('#f-to')!, '2026-11-23'));
    await flush();
    expect($('[data-report="period"]')!.textContent).toBe('20 Nov 2026 – 23 Nov 2026');
    expect($('.report')!.querySelectorAll('[data-practice-attempt]')).toHaveLength(2);
    expect($('.report')!.textContent).toContain('Lyhyemmät lauseet.');
    expect($('[data-report="practice"]')!.textContent).toBe('2');
    await act(() => change($<HTMLInputElement>('#f-from')!, '2026-11-22'));
    await flush();
    expect($('.report')!.querySelectorAll('[data-practice-attempt]')).toHaveLength(1);
  });

  it('charts follow the action filter, and counts read as words with plural forms', async () => {
    await seed(24);
    await mount();
    expect($('[data-chart="c-per100"] figcaption')!.textContent).toBe('Hints left in replies per 100 words');
    expect($$('[data-chart="c-actions"] .legend li').map((li) => li.textContent)).toEqual(['Applied', 'Dismissed']);
    await act(() => change($<HTMLSelectElement>('#f-action')!, 'dismissed'));
    await flush();
    expect($('[data-chart="c-per100"] figcaption')!.textContent).toBe('Hints dismissed per 100 words');
    expect($$('[data-chart="c-actions"] .legend li').map((li) => li.textContent)).toEqual(['Dismissed']);
    expect($('[data-chart="c-steps"]')!.textContent).toContain('do not narrow this table');
    // Rule counts: "Shown once", "Shown 4 times", never "1 times".
    expect(root.textContent).not.toMatch(/\b1 times\b/);
    expect(root.textContent).toMatch(/dismissed (once|\d+ times)/);
  });

  it('shows a better form with its word groups filled in, never a $1/$2 template', async () => {
    const rule = bundledRuleset().rules.find(
      (r) => r.suggestions.some((x) => /\$\d/.test(typeof x === 'string' ? x : (x.text ?? ''))) && r.examples.match.length,
    )!;
    await db.events.bulkPut([shownOnce(rule.id, rule.category, rule.languages[0], 'y')]);
    await mount();
    const li = $(`.rules li[data-rule="${rule.id}"]`)!;
    expect(li.textContent).not.toMatch(/\$\d/);
    expect(li.querySelectorAll('q').length).toBe(2);
  });

  it("says what the category means and what to do instead for a rule with no better form of its own (a team's rule no longer in force)", async () => {
    await db.events.bulkPut([shownOnce('team.blame.gone', 'blame', 'en', 'You should have read the manual.')]);
    await mount();
    const li = $('.rules li[data-rule="team.blame.gone"]')!;
    expect(li.querySelector('.tag')?.textContent).toBe('Blame');
    expect(li.querySelector('.better')?.textContent).toBe('Blames the customer. Say what is needed next instead.');
  });

  it('says what an import did beside the import control, in words', async () => {
    await mount();
    await act(() => model.importText('not json at all'));
    await flush();
    expect($('#import-msg')!.textContent).toBe('Could not import this file: it is not a JSON file. Choose a file that Export (JSON) made.');
    expect($('#import-msg')!.getAttribute('role')).toBe('alert');
    await act(() => model.importText('{"format":"savy-history","schemaVersion":"x"}'));
    await flush();
    expect($('#import-msg')!.textContent).not.toMatch(/schemaVersion|Invalid|expected/);
    expect($('#export-msg')!.textContent).toBe('');
  });

  it('says once that history is paused', async () => {
    status = { paused: true, reason: 'quota', since: NOW - DAY_MS, told: false };
    await mount();
    expect($('[data-history-paused="quota"]')!.getAttribute('role')).toBe('alert');
    expect(told).toBe(1);
  });

  it('every control has an accessible name', async () => {
    await seed(60);
    await mount();
    for (const el of $$('button, select, input')) {
      const id = el.getAttribute('id');
      const labelled = el.textContent?.trim() || el.getAttribute('aria-label') || (id && root.querySelector(`label[for="${id}"]`));
      expect(labelled, el.outerHTML).toBeTruthy();
    }
  });
});
