// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it } from 'vitest';
import { GeneralSection, type GeneralSettings } from '../../components/options/General';
import { setPageLanguage } from '../../components/i18n';

async function flush() {
  await act(async () => {
    await new Promise((r) => setTimeout(r, 0));
  });
}

describe('options: general settings', () => {
  let saved: Partial<GeneralSettings>[];
  let root: HTMLElement;
  beforeEach(() => {
    saved = [];
    document.body.innerHTML = '<div id="root"></div>';
    root = document.getElementById('root')!;
  });

  async function mount(initial: GeneralSettings) {
    const api = { load: async () => initial, save: async (s: Partial<GeneralSettings>) => void saved.push(s) };
    render(<GeneralSection api={api} />, root);
    for (let i = 0; i < 10 && !root.querySelector('#ui-language'); i++) await flush();
  }

  it('shows the stored choices in the page language, with labelled controls', async () => {
    setPageLanguage('fi');
    await mount({ uiLanguage: 'sv', retentionDays: 90 });
    const language = root.querySelector<HTMLSelectElement>('#ui-language')!;
    expect(root.querySelector('label[for="ui-language"]')!.textContent).toBe('Sävyn kieli');
    expect(language.value).toBe('sv');
    expect(root.querySelector<HTMLSelectElement>('#retention')!.value).toBe('90');
    expect([...language.options].map((o) => o.textContent)).toContain('Selaimen kieli');
  });

  it('saves a new UI language, and the browser default as no choice', async () => {
    setPageLanguage('en');
    await mount({ uiLanguage: null, retentionDays: 180 });
    const language = root.querySelector<HTMLSelectElement>('#ui-language')!;
    language.value = 'fi';
    language.dispatchEvent(new Event('change'));
    await flush();
    language.value = '';
    language.dispatchEvent(new Event('change'));
    await flush();
    expect(saved).toEqual([{ uiLanguage: 'fi' }, { uiLanguage: null }]);
    expect(root.querySelector('[data-field="general-saved"]')!.textContent).toMatch(/Saved/);
  });

  it('saves the retention period', async () => {
    setPageLanguage('en');
    await mount({ uiLanguage: null, retentionDays: 180 });
    const retention = root.querySelector<HTMLSelectElement>('#retention')!;
    retention.value = '365';
    retention.dispatchEvent(new Event('change'));
    await flush();
    expect(saved).toEqual([{ retentionDays: 365 }]);
  });
});
