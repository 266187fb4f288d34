// @vitest-environment happy-dom
/**
 * The card and the panel offer exactly the rewrites the checker passed (the same ones the CLI prints), teach
 * with a model sentence where no rewrite can be written, and put a model in as a whole sentence with the part
 * to fill in selected; the hint and the step stay open until the writer fills it in.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyze } from '../../lib/index';
import { flush, mountTestCoach, unmountTestCoach } from './coach-harness';

afterEach(unmountTestCoach);

async function openPanel(text: string) {
  const { coach, shadow } = mountTestCoach(`<textarea id="t"></textarea>`);
  const ta = document.querySelector('textarea')!;
  ta.value = text;
  coach.start();
  ta.focus();
  ta.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
  await flush();
  (shadow.querySelector('[data-savy-badge]') as HTMLElement).click();
  await flush();
  return { coach, shadow, ta, panel: () => shadow.querySelector('[data-savy-panel]')! };
}

const hintOf = (panel: Element, rule: string) => panel.querySelector(`[data-savy-hint][data-rule="${rule}"]`);
/** The rewrites a hint's buttons apply (what replaces the hint's text). */
const applyTexts = (hint: Element | null) => [...(hint?.querySelectorAll('[data-savy-apply]') ?? [])].map((b) => b.getAttribute('data-savy-rewrite'));

describe('rewrites in the panel', () => {
  it('offers the checked rewrites the CLI offers, and none that would turn a no into a yes', async () => {
    const text = 'Hei Maija,\n\nKuten jo aiemmin mainitsin, lippua ei ole mahdollista vaihtaa. Pahoittelemme mahdollista haittaa.';
    const { panel } = await openPanel(text);
    const expected = analyze(text, { uiLanguage: 'en' });
    for (const h of expected.hints) expect(applyTexts(hintOf(panel(), h.ruleId)), h.ruleId).toEqual(h.suggestions);
    expect(applyTexts(hintOf(panel(), 'fi.passive-aggressive.kuten-jo-mainitsin'))).toEqual(['Lippua']);
    // A rewrite that only takes words out says which, not what is left ("Lippua").
    expect(hintOf(panel(), 'fi.passive-aggressive.kuten-jo-mainitsin')!.querySelector('[data-savy-apply]')!.textContent).toBe(
      'Remove “Kuten jo aiemmin mainitsin,”',
    );
    expect(applyTexts(hintOf(panel(), 'fi.formulaic-apology.mahdollinen-haitta'))).toEqual(['Olen pahoillani tästä.']);
    // The refusal gets no rewrite; its model is shown, and may not replace the sentence (it would drop the "ei").
    const refusal = hintOf(panel(), 'fi.negative-framing.ei-mahdollista')!;
    expect(applyTexts(refusal)).toEqual([]);
    expect(refusal.querySelector('[data-savy-model-text]')?.textContent).toContain('Voimme kuitenkin [mitä voimme tehdä].');
    expect(refusal.querySelector('[data-savy-model]')).toBeNull();
  });

  it('checks the other hints again after one rewrite is applied', async () => {
    const text = 'Hei,\n\nKuten jo mainitsin, tietenkin datan käyttö ulkomailla maksaa.';
    const { panel, ta } = await openPanel(text);
    (hintOf(panel(), 'fi.passive-aggressive.kuten-jo-mainitsin')!.querySelector('[data-savy-apply]') as HTMLElement).click();
    await vi.waitFor(() => expect(ta.value).toBe('Hei,\n\nTietenkin datan käyttö ulkomailla maksaa.'));
    // The dismissive word now opens the sentence: its rewrite is worked out again and capitalises "Datan".
    await vi.waitFor(() => expect(applyTexts(hintOf(panel(), 'fi.dismissive.tietysti'))).toEqual(['Datan']));
  });
});

describe('a model sentence to adapt', () => {
  it('goes in as a whole sentence with the part to fill in selected, and keeps the hint and the step open until filled', async () => {
    const text = 'Hei Maija,\n\nPalaamme asiaan pian.';
    const { coach, panel, ta } = await openPanel(text);
    const hint = hintOf(panel(), 'fi.vague-promise.palaamme-asiaan')!;
    expect(applyTexts(hint)).toEqual([]);
    expect(hint.querySelector('[data-savy-model-text] mark')?.textContent).toBe('[päivämäärä]');
    (hint.querySelector('[data-savy-model]') as HTMLElement).click();
    // The apply path waits for the editor to settle, then selects the part to fill in.
    await vi.waitFor(() => expect(ta.value.slice(ta.selectionStart, ta.selectionEnd)).toBe('[päivämäärä]'));
    expect(ta.value).toBe('Hei Maija,\n\nPalaan asiaan viimeistään [päivämäärä].');
    const open = coach.analysis.value.hints.filter((h) => h.text === '[päivämäärä]');
    expect(open.map((h) => h.category)).toEqual(['vague-promise']);
    expect(coach.analysis.value.steps['next-steps']).toBe(false);
    // The writer types the date over the selection.
    ta.setRangeText('perjantaina 5.12.', ta.selectionStart, ta.selectionEnd, 'end');
    ta.dispatchEvent(new Event('input', { bubbles: true }));
    await vi.waitFor(() => expect(coach.analysis.value.hints.filter((h) => h.category === 'vague-promise')).toEqual([]));
    expect(coach.analysis.value.steps['next-steps']).toBe(true);
  });
});
