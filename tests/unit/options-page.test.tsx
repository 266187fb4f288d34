// @vitest-environment happy-dom
/** The options page in happy-dom with a fake background: status words, the writer's source, mutes, workbench. */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OptionsApp, type OptionsApi } from '../../components/options/App';
import { setPageLanguage } from '../../components/i18n';
import type { DraftStore } from '../../components/options/Workbench';
import { parseRuleset } from '../../lib/index';
import type { Ruleset, RulesetInput } from '../../lib/ruleset/schema';
import type { TeamRulesetInfo, TeamState } from '../../lib/team';
import team from '../fixtures/team-ruleset.json';

const RULESET = (parseRuleset(JSON.stringify(team)) as { ok: true; ruleset: Ruleset }).ruleset;

function info(extra: Partial<TeamRulesetInfo> = {}, state: Partial<TeamState> = {}): TeamRulesetInfo {
  return {
    state: {
      version: 1,
      source: 'policy',
      location: 'https://intra.example/team.json',
      good: { ruleset: RULESET, source: 'policy', location: 'https://intra.example/team.json', checkedAt: 1, changedAt: 1 },
      lastChecked: 2,
      lastError: {
        code: 'http',
        status: 500,
        detail: 'HTTP 500 Internal Server Error',
        at: 2,
        source: 'policy',
        location: 'https://intra.example/team.json',
      },
      ...state,
    },
    policy: { rulesetUrl: 'https://intra.example/team.json', refreshMinutes: 60, publicKeySet: false, lockPersonalMutes: false, problems: [] },
    writer: null,
    mutedRules: ['fi.dismissive.vain'],
    ...extra,
  };
}

let root: HTMLElement;
let calls: string[];
let current: TeamRulesetInfo;
let saved: RulesetInput | null;
const store: DraftStore = { load: async () => null, save: async (d) => void (saved = d) };

function api(): OptionsApi {
  return {
    status: async () => current,
    checkNow: async () => (calls.push('check'), current),
    setSource: async (s) => (calls.push(`source ${JSON.stringify(s)}`), current),
    mute: async (id, m) => (calls.push(`mute ${id} ${m}`), true),
    watch: () => () => undefined,
  };
}

const flush = async () => {
  for (let i = 0; i < 5; i++) await act(async () => new Promise((r) => setTimeout(r, 5)));
};
const q = <T extends Element = HTMLElement>(sel: string) => root.querySelector<T>(sel)!;
/** The person picks `file` in the file picker `input` (a FileButton of components/ui/kit.tsx). */
async function pick(input: HTMLInputElement, file: File) {
  Object.defineProperty(input, 'files', { configurable: true, value: [file] });
  await act(() => void input.dispatchEvent(new Event('change', { bubbles: true })));
  await flush();
}
async function type(el: HTMLInputElement | HTMLTextAreaElement, value: string) {
  await act(() => {
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
  calls = [];
  saved = null;
  current = info();
});
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('options page', () => {
  it('shows the status, the problem in words and what stays in use; Check now asks the background', async () => {
    render(<OptionsApp api={api()} lang="en" />, root);
    await flush();
    expect(q('[data-field="source"]').textContent).toBe('Administrator policy');
    expect(q('[data-field="in-use"]').textContent).toBe('In use: “Palkkapalvelut – testi” 1.0.0 (2 rules).');
    const error = q('[data-field="error"]');
    expect(error.getAttribute('role')).toBe('alert');
    expect(error.textContent).toMatch(/answered with an error \(HTTP 500 Internal Server Error\).*“Palkkapalvelut – testi” 1\.0\.0 stays in use/);
    expect(q('[data-field="by-policy"]').textContent).toContain('https://intra.example/team.json');
    expect(root.querySelector('#source-url')).toBeNull();
    const button = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Check now')!;
    await act(() => button.click());
    await flush();
    expect(calls).toContain('check');
  });

  it('lets the writer set an address when policy sets none, and unmute a rule', async () => {
    current = info(
      { policy: { refreshMinutes: 60, publicKeySet: false, lockPersonalMutes: false, problems: [] } },
      { source: 'bundled', good: null, lastError: null, location: undefined },
    );
    render(<OptionsApp api={api()} lang="en" />, root);
    await flush();
    expect(q('[data-field="in-use"]').textContent).toBe("Sävy's built-in rules only");
    const url = q<HTMLInputElement>('#source-url');
    expect(root.querySelector('label[for="source-url"]')!.textContent).toBe('Ruleset address (https)');
    await type(url, 'https://intra.example/oma.json');
    await act(() => q<HTMLFormElement>('#source-url').form!.requestSubmit());
    await flush();
    expect(calls).toContain('source {"url":"https://intra.example/oma.json"}');
    // The muted rule by its message and category name, not its id.
    expect(q('[data-field="muted"]').textContent).toContain('Dismissive');
    expect(q('[data-field="muted"]').textContent).not.toContain('fi.dismissive.vain');
    const unmute = [...root.querySelectorAll('button')].find((b) => b.getAttribute('aria-label')?.startsWith('Unmute: '))!;
    await act(() => unmute.click());
    await flush();
    expect(calls).toContain('mute fi.dismissive.vain false');
    expect(q('#mutes-list-msg').textContent).toBe('Rule unmuted.');
  });

  it('imports a ruleset file from the file button as it is, and refuses one over 1 MB with a message', async () => {
    current = info(
      { policy: { refreshMinutes: 60, publicKeySet: false, lockPersonalMutes: false, problems: [] } },
      { source: 'bundled', good: null, lastError: null, location: undefined },
    );
    render(<OptionsApp api={api()} lang="en" />, root);
    await flush();
    const input = q<HTMLInputElement>('#source-file');
    expect(input.type).toBe('file');
    expect(input.closest('label')!.textContent).toBe('Choose a file…');
    await pick(input, new File(['x'.repeat(1024 * 1024 + 1)], 'huge.json', { type: 'application/json' }));
    expect(q('#source-file-msg').textContent).toBe('The file is larger than 1 MB.');
    expect(calls.filter((c) => c.startsWith('source'))).toEqual([]);
    const file = new File([JSON.stringify(team)], 'tiimi.json', { type: 'application/json' });
    await pick(input, file);
    expect(calls).toEqual([`source ${JSON.stringify({ file: { name: 'tiimi.json', text: JSON.stringify(team) } })}`]);
    expect(q('#source-file-msg').textContent).toBe('File tiimi.json imported: see the status above.');
  });

  it('mutes a rule chosen from a list of rules by name, grouped by category', async () => {
    current = info({ mutedRules: [] });
    render(<OptionsApp api={api()} lang="en" />, root);
    await flush();
    const select = q<HTMLSelectElement>('#mute-id');
    expect(root.querySelector('label[for="mute-id"]')!.textContent).toBe('Mute a rule');
    const groups = [...select.querySelectorAll('optgroup')].map((g) => g.label);
    expect(groups.slice(0, 2)).toEqual(['Blame', 'Passive-aggressive']);
    // The team ruleset's rules are there too, under their category's name.
    const option = [...select.options].find((o) => o.value === 'fi.dismissive.vain')!;
    expect(option.textContent).toMatch(/^FI · /);
    expect(option.textContent).not.toContain('fi.dismissive.vain');
    select.value = 'fi.dismissive.vain';
    await act(() => void select.dispatchEvent(new Event('change', { bubbles: true })));
    await act(() => select.form!.requestSubmit());
    await flush();
    expect(calls).toContain('mute fi.dismissive.vain true');
    expect(q('#mute-id-msg').textContent).toBe('Rule muted.');
  });

  it('says so when the policy locks mutes', async () => {
    current = info({ policy: { ...info().policy, lockPersonalMutes: true } });
    render(<OptionsApp api={api()} lang="en" />, root);
    await flush();
    expect(root.textContent).toContain('Your administrator does not allow muting rules');
    expect(root.querySelector('[data-field="muted"]')).toBeNull();
  });
});

describe('rule workbench', () => {
  it('opens a ruleset file for editing from its file button, and says which file is not a ruleset', async () => {
    const { Workbench } = await import('../../components/options/Workbench');
    render(<Workbench lang="en" team={null} store={store} />, root);
    await flush();
    const input = q<HTMLInputElement>('input[type=file][aria-describedby="wb-file-msg"]');
    expect(input.closest('label')!.textContent).toBe('Open a ruleset file to edit');
    await pick(input, new File(['not json'], 'muistio.txt'));
    expect(q('#wb-file-msg').textContent).toBe('Could not open muistio.txt: it is not a ruleset file (JSON).');
    await pick(input, new File([JSON.stringify(team)], 'tiimi.json', { type: 'application/json' }));
    expect(q('#wb-file-msg').textContent).toBe('Opened tiimi.json.');
    expect(q('[data-field="wb-rules"]').textContent).toContain(team.rules[0].id);
  });

  it('every field has a label; a rule written in the form matches live and is saved into the ruleset', async () => {
    const { Workbench } = await import('../../components/options/Workbench');
    render(<Workbench lang="fi" team={null} store={store} />, root);
    await flush();
    for (const el of root.querySelectorAll('input:not([type=file]):not([type=checkbox]), textarea, select')) {
      expect(root.querySelector(`label[for="${el.id}"]`), el.id).not.toBeNull();
    }
    await type(q('#wb-rule-id'), 'team.jargon.maksatus');
    await type(q('#wb-patterns'), 'maksatu*');
    await type(q('#wb-message-fi'), 'Virastokieltä.');
    await type(q('#wb-match'), 'Maksatus alkaa.');
    await type(q('#wb-nomatch'), 'Maksamme huomenna.');
    await type(q('#wb-sample'), 'Maksatus on käynnissä, maksamme pian.');
    expect(q('[data-field="wb-matches"]').textContent).toBe('Matches in the sample: 1');
    expect([...root.querySelectorAll('[data-field="wb-sample-view"] mark')].map((m) => m.textContent)).toEqual(['Maksatus']);
    expect([...root.querySelectorAll('[data-field="wb-examples"] li')].map((l) => l.getAttribute('data-ok'))).toEqual(['true', 'true']);
    await type(q('#wb-nomatch'), 'Maksatus on sana.');
    expect(q('[data-field="wb-examples"] li[data-ok="false"]').textContent).toContain('found, but should not be');
    await type(q('#wb-nomatch'), '');
    await act(() => q<HTMLButtonElement>('[data-action="save-rule"]').click());
    await flush();
    expect(saved?.rules?.map((r) => r.id)).toEqual(['team.jargon.maksatus']);
    expect(q('[data-field="wb-rules"]').textContent).toContain('team.jargon.maksatus');
  });

  it('says nothing about an untouched form; shows each problem beside its field in words once the field is left', async () => {
    const { Workbench } = await import('../../components/options/Workbench');
    setPageLanguage('fi');
    render(<Workbench lang="fi" team={null} store={store} />, root);
    await flush();
    // Nobody has written anything yet: no errors anywhere.
    expect(root.querySelectorAll('.msg-error')).toHaveLength(0);
    await type(q('#wb-rule-id'), 'Bad Id');
    expect(q('#wb-rule-id-msg').textContent).toBe('');
    await act(() => void q('#wb-rule-id').dispatchEvent(new Event('blur')));
    expect(q('#wb-rule-id-msg').textContent).toBe(
      'Käytä pieniä kirjaimia a–z, numeroita, pisteitä ja viivoja, esimerkiksi tiimi.ammattikieli.palkkakausi.',
    );
    expect(q('#wb-rule-id').getAttribute('aria-invalid')).toBe('true');
    expect(q('#wb-rule-id').getAttribute('aria-describedby')).toContain('wb-rule-id-msg');
    await type(q('#wb-patterns'), 'hyvä|paha\nsorry, if');
    await act(() => void q('#wb-patterns').dispatchEvent(new Event('blur')));
    expect(q('#wb-patterns-msg').textContent).toBe(
      'Rivi 2: Kuviossa ”sorry, if” on merkki ”,”, jota ei voi etsiä: kuvio etsii sanoja, joten jätä välimerkit pois.',
    );
    // Fields not yet left stay quiet until Save is pressed; then every problem shows, and nothing is saved.
    expect(q('#wb-match-msg').textContent).toBe('');
    await act(() => q<HTMLButtonElement>('[data-action="save-rule"]').click());
    await flush();
    expect(saved).toBeNull();
    expect(q('#wb-match-msg').textContent).toBe('Kirjoita ainakin yksi esimerkki, joka säännön pitää löytää.');
    expect(q('#wb-save-msg').textContent).toMatch(/^Ei tallennettu: korjaa ensin \d merkittyä kohtaa\.$/);
    expect(root.textContent).not.toMatch(/\$\.|patterns\[|an id uses/);
    setPageLanguage('en');
  });

  it('adds a team category that rules can then use', async () => {
    const { Workbench } = await import('../../components/options/Workbench');
    render(<Workbench lang="en" team={null} store={store} />, root);
    await flush();
    // Behind a disclosure until asked for.
    expect(q('.wb-categories').hasAttribute('open')).toBe(false);
    const submit = () => act(() => q<HTMLFormElement>('#wb-cat-id').form!.requestSubmit());
    await submit();
    expect(q('[data-field="wb-category-problems"]').textContent).toMatch(/^Not saved: fix the \d marked fields first\.$/);
    expect(q('#wb-cat-id-msg').textContent).toBe('This is missing.');
    await type(q('#wb-cat-id'), 'palkka-ammattikieli');
    await type(q('#wb-cat-name-fi'), 'Palkka-ammattikieli');
    await type(q('#wb-cat-desc-fi'), 'Palkkahallinnon sisäinen termi.');
    await submit();
    await flush();
    expect(root.querySelector('[data-field="wb-category-problems"]')).toBeNull();
    expect(saved?.categories).toEqual([
      { id: 'palkka-ammattikieli', name: { fi: 'Palkka-ammattikieli' }, description: { fi: 'Palkkahallinnon sisäinen termi.' } },
    ]);
    expect([...q<HTMLSelectElement>('#wb-category').options].map((o) => o.value)).toContain('palkka-ammattikieli');
    // Everywhere by its name: the category list shows names, not ids.
    const names = [...q<HTMLSelectElement>('#wb-category').options].map((o) => o.textContent);
    expect(names).toContain('Palkka-ammattikieli');
    expect(names).toContain('Blame');
    expect(names).not.toContain('blame');
    expect(q('#wb-cat-msg').textContent).toBe('Category “Palkka-ammattikieli” added: rules can now use it.');
  });
});
