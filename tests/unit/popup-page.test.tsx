// @vitest-environment happy-dom
/** The popup in happy-dom with a fake background: the five steps live, site on/off, today, team ruleset, links. */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PopupApp, type PopupApi, type PopupPage } from '../../components/popup/App';
import { STEP_DOES, STEP_IDS, STEPS, noSteps, type Language } from '../../lib/coaching';
import type { DraftStatus, SiteAccess } from '../../lib/protocol';
import { STEP_EXAMPLES } from '../../lib/practice/step-examples';
import type { TeamRulesetInfo } from '../../lib/team/protocol-types';
import type { TeamState } from '../../lib/team/state';

const ORIGIN = 'chrome-extension://ehnbeiaogmkkbopebljnlijgjcapbhgg/';
let root: HTMLElement;
let calls: string[];
let draft: DraftStatus | null;
let site: Record<string, SiteAccess>;
let state: TeamState | null;

const wait = (ms = 0) => new Promise((r) => setTimeout(r, ms));
const flush = async (ms = 0) => {
  await act(async () => {
    await wait(ms);
  });
};

function makeApi(tabUrl = 'https://tuki.example.fi/tickets/42'): PopupApi {
  return {
    currentTab: async () => ({ id: 7, url: tabUrl }),
    draft: async (tabId) => (tabId === 7 ? draft : null),
    site: async (url) => site[new URL(url).host] ?? 'unsupported',
    enable: async (url, tabId) => {
      calls.push(`enable ${url} ${tabId}`);
      site[new URL(url).host] = 'writer';
      return true;
    },
    disable: async (url) => {
      calls.push(`disable ${url}`);
      site[new URL(url).host] = 'off';
      return true;
    },
    today: async () => ({ replies: 3, applied: 5, dismissed: 2, practice: 1 }),
    ruleset: async (): Promise<TeamRulesetInfo> => ({
      state,
      policy: { refreshMinutes: 60, publicKeySet: false, lockPersonalMutes: false, problems: [] },
      writer: null,
      mutedRules: [],
    }),
    pageUrl: (page: PopupPage) => `${ORIGIN}${page}.html`,
    open: (page) => calls.push(`open ${page}`),
    extensionOrigin: ORIGIN,
    pollMs: 10,
  };
}

async function show(lang: Language = 'en', api = makeApi()) {
  await act(() => render(<PopupApp api={api} lang={lang} />, root));
  await flush(20);
}

const stepDone = () =>
  Object.fromEntries([...root.querySelectorAll('[data-savy-step]')].map((el) => [el.getAttribute('data-savy-step'), el.getAttribute('data-done')]));

beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
  calls = [];
  draft = null;
  site = { 'tuki.example.fi': 'off' };
  state = null;
});

afterEach(() => {
  render(null, root);
  root.remove();
});

describe('popup', () => {
  it('shows the five steps with what they mean and two examples each, and "no draft" without one', async () => {
    await show('en');
    const steps = [...root.querySelectorAll('[data-savy-step]')];
    expect(steps.map((s) => s.getAttribute('data-savy-step'))).toEqual([...STEP_IDS]);
    for (const s of steps) {
      const id = s.getAttribute('data-savy-step') as (typeof STEP_IDS)[number];
      expect(s.getAttribute('data-done')).toBe('false');
      expect(s.textContent).toContain(STEPS[id].name.en);
      expect(s.textContent).toContain(STEP_DOES[id].en);
      expect(s.querySelectorAll('.examples li')).toHaveLength(2);
      for (const ex of STEP_EXAMPLES[id].en) expect(s.textContent).toContain(ex);
    }
    expect(root.querySelector('[data-popup-draft]')!.getAttribute('data-popup-draft')).toBe('none');
    expect(root.textContent).toContain('No draft in this tab');
  });

  it('follows the draft of the tab live: data-done flips as the content script reports', async () => {
    await show('en');
    draft = { host: 'tuki.example.fi', language: 'fi', hints: 2, steps: { ...noSteps(), greet: true } };
    await flush(40);
    expect(stepDone()).toEqual({ greet: 'true', thank: 'false', empathize: 'false', apologize: 'false', 'next-steps': 'false' });
    expect(root.querySelector('[data-popup-draft]')!.textContent).toBe('tuki.example.fi · Finnish · hints: 2');
    draft = {
      host: 'tuki.example.fi',
      language: 'fi',
      hints: 0,
      steps: { greet: true, thank: true, empathize: true, apologize: true, 'next-steps': true },
    };
    await flush(40);
    expect(Object.values(stepDone())).toEqual(['true', 'true', 'true', 'true', 'true']);
    expect(root.querySelectorAll('[data-weak]').length).toBe(0);
    // A stock apology: the step is there, weakly, with what would make it strong.
    draft = { ...draft, hints: 1, weak: ['apologize'] };
    await flush(40);
    const apologize = root.querySelector('[data-savy-step="apologize"]')!;
    expect(apologize.getAttribute('data-done')).toBe('true');
    expect(apologize.getAttribute('data-weak')).toBe('true');
    expect(apologize.textContent).toContain(STEPS.apologize.strong.en);
    expect(root.querySelectorAll('[data-weak]').length).toBe(1);
    draft = null; // the field went away
    await flush(40);
    expect(root.textContent).toContain('No draft in this tab');
  });

  it('speaks Finnish and Swedish', async () => {
    await show('fi');
    expect(root.textContent).toContain(STEPS.greet.name.fi);
    expect(root.textContent).toContain('Tässä välilehdessä ei ole luonnosta');
    expect(root.textContent).toContain(STEP_EXAMPLES.apologize.fi[0]);
    render(null, root);
    await show('sv');
    expect(root.textContent).toContain(STEPS['next-steps'].name.sv);
    expect(root.textContent).toContain('I dag');
  });

  it('turns Sävy on and off for a site in one click, and never for a site set by policy', async () => {
    await show('en');
    expect(root.querySelector('[data-popup-site]')!.getAttribute('data-popup-site')).toBe('off');
    const on = root.querySelector<HTMLButtonElement>('[data-popup-enable]')!;
    expect(on.textContent).toBe('Turn on for tuki.example.fi');
    await act(async () => on.click());
    await flush(10);
    expect(calls).toEqual(['enable https://tuki.example.fi/tickets/42 7']);
    expect(root.querySelector('[data-popup-site]')!.getAttribute('data-popup-site')).toBe('writer');
    expect(root.textContent).toContain('Sävy runs here: enabled by you.');
    const off = root.querySelector<HTMLButtonElement>('[data-popup-disable]')!;
    await act(async () => off.click());
    await flush(10);
    expect(calls.at(-1)).toBe('disable https://tuki.example.fi/tickets/42');
    expect(root.textContent).toContain('Reload the page');

    render(null, root);
    site['tuki.example.fi'] = 'admin';
    await show('en');
    expect(root.textContent).toContain('set by your organisation');
    expect(root.querySelector('[data-popup-enable], [data-popup-disable]')).toBeNull();

    render(null, root);
    site['tuki.example.fi'] = 'built-in';
    await show('en');
    expect(root.textContent).toContain('built in');
    expect(root.querySelector('[data-popup-enable], [data-popup-disable]')).toBeNull();
  });

  it('says the practice inbox is coached, and that other extension pages cannot be', async () => {
    await show('en', makeApi(`${ORIGIN}practice.html`));
    expect(root.querySelector('[data-popup-site]')!.getAttribute('data-popup-site')).toBe('practice');
    render(null, root);
    await show('en', makeApi('chrome://settings/'));
    expect(root.textContent).toContain('Sävy cannot run on this page.');
  });

  it("shows today's figures, the team ruleset in one line, and the links", async () => {
    state = {
      version: 1,
      source: 'policy',
      location: 'https://intra.example/team.json',
      good: {
        ruleset: { name: 'Palkkapalvelut', version: '2026.11', rules: [] } as never,
        source: 'policy',
        location: 'https://intra.example/team.json',
        checkedAt: Date.UTC(2026, 10, 20, 9),
        changedAt: Date.UTC(2026, 10, 20, 9),
      },
      lastChecked: Date.UTC(2026, 10, 20, 9),
      lastError: null,
    };
    await show('en');
    const fig = (k: string) => root.querySelector(`[data-today="${k}"]`)!.textContent;
    expect([fig('replies'), fig('applied'), fig('dismissed'), fig('practice')]).toEqual(['3', '5', '2', '1']);
    const line = root.querySelector('[data-savy-ruleset-status]')!;
    expect(line.getAttribute('data-savy-ruleset-status')).toBe('ok');
    expect(line.textContent).toContain('“Palkkapalvelut” 2026.11, updated');
    expect(line.textContent).toContain('2026');

    const links = [...root.querySelectorAll<HTMLAnchorElement>('[data-popup-link]')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual([`${ORIGIN}progress.html`, `${ORIGIN}practice.html`, `${ORIGIN}options.html`]);
    for (const a of links) await act(async () => a.click());
    expect(calls).toEqual(['open progress', 'open practice', 'open options']);

    // Every control has an accessible name.
    for (const el of root.querySelectorAll('button, a, summary')) expect((el.getAttribute('aria-label') || el.textContent || '').trim()).not.toBe('');
  });

  it('says what went wrong with the team ruleset, in words', async () => {
    state = {
      version: 1,
      source: 'policy',
      location: 'https://intra.example/team.json',
      good: null,
      lastChecked: 1,
      lastError: { code: 'not-found', status: 404, detail: 'HTTP 404', at: 1, source: 'policy', location: 'https://intra.example/team.json' },
    };
    await show('en');
    const line = root.querySelector('[data-savy-ruleset-status]')!;
    expect(line.getAttribute('data-savy-ruleset-status')).toBe('error');
    expect(line.textContent).toContain('was not found at https://intra.example/team.json');
    expect(line.querySelector('a')!.textContent).toBe('Details in options');
  });
});
