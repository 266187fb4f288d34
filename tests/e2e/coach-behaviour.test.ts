/**
 * The coach behaves the way a writer expects, every time (issue 12), in Chromium with the built extension, in
 * Finnish, at real window sizes, on a textarea, a contenteditable and real editor libraries: cards keep coming
 * after an action, the focus never drops to <body>, the panel and card stay inside the window, a reply below a
 * quote is coached, spellcheck="false" editors are coached, a stock apology shows its step as weak.
 *
 * Screenshots of each state go to $SAVY_SCREENSHOTS (default: <tmp>/savy-screenshots) to be looked at.
 */
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Frame, Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Analyzer, compiledBundledRuleset } from '../../lib/index';
import { DRAFT, FIXTURES, type Fixture } from './fixtures';
import { openPolicySite } from './harness';

const SHOTS = process.env.SAVY_SCREENSHOTS ?? join(tmpdir(), 'savy-screenshots');
mkdirSync(SHOTS, { recursive: true });

let context: BrowserContext;
let worker: Worker;
let origin: string;
let close: () => Promise<void> = async () => undefined;

beforeAll(async () => {
  ({ context, worker, origin, close } = await openPolicySite());
  // The writer's UI language: Finnish (the content script reads it when the page starts).
  await worker.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome;
    await c.storage.local.set({ uiLanguage: 'fi' });
  });
});

afterAll(() => close());

/** Waits on a condition, generously: a busy machine analyses late, never wrongly (vitest's default is 1 s). */
const poll = <T>(fn: () => Promise<T> | T, timeout = 15_000) => expect.poll(fn, { timeout });

const fixture = (name: string): Fixture => FIXTURES.find((f) => f.name === name)!;
const engine = (text: string) => new Analyzer(compiledBundledRuleset(), { lang: 'auto' }).analyze(text);

interface Opened {
  page: Page;
  /** The frame the editor (and so its <savy-coach>) lives in. */
  frame: Frame;
  errors: string[];
  text(): Promise<string>;
}

async function open(f: Fixture, size = { width: 1280, height: 800 }, query = ''): Promise<Opened> {
  const page = await context.newPage();
  await page.setViewportSize(size);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  await page.goto(`${origin}/${f.name}.html${query}`);
  await page.waitForFunction(() => !!(window as unknown as { fixture?: unknown }).fixture);
  let frame = page.mainFrame();
  if (f.frame) frame = (await (await page.waitForSelector(f.frame)).contentFrame())!;
  const text = () => page.evaluate(() => (window as unknown as { fixture: { text(): string } }).fixture.text());
  return { page, frame, errors, text };
}

/** Clicks into the editor and waits for the coach's badge to count `count` hints. */
async function startWriting(o: Opened, f: Fixture, count: number, key = 'Control+End'): Promise<void> {
  await o.frame.locator(f.click).first().click();
  await o.page.keyboard.press(key);
  await poll(() =>
    o.frame
      .locator('savy-coach [data-savy-badge]')
      .getAttribute('data-count')
      .catch(() => null),
  ).toBe(String(count));
}

/** Where some words of the text are on the page (main-frame coordinates), found in the field's own text. */
async function wordsAt(o: Opened, f: Fixture, words: string): Promise<{ x: number; y: number }> {
  const at = await o.frame.evaluate((words) => {
    // A textarea's words are drawn by Sävy's mirror; a contenteditable's are in the editor's own text nodes.
    const spans = [...(document.querySelector('savy-coach')?.shadowRoot?.querySelectorAll('.savy-u') ?? [])];
    let rect = spans.find((s) => s.textContent?.includes(words))?.getClientRects()[0];
    if (!rect) {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode() as Text | null; n && !rect; n = walker.nextNode() as Text | null) {
        const i = n.data.indexOf(words);
        if (i < 0 || !n.parentElement?.isContentEditable) continue;
        const r = document.createRange();
        r.setStart(n, i);
        r.setEnd(n, i + words.length);
        rect = r.getClientRects()[0];
      }
    }
    return rect ? { x: rect.left + Math.min(rect.width / 2, 24), y: rect.top + rect.height / 2 } : null;
  }, words);
  if (!at) throw new Error(`"${words}" is not on the page`);
  const box = f.frame ? await o.page.locator(f.frame).boundingBox() : null;
  return { x: at.x + (box?.x ?? 0), y: at.y + (box?.y ?? 0) };
}

async function pointAt(o: Opened, f: Fixture, words: string): Promise<void> {
  const { x, y } = await wordsAt(o, f, words);
  await o.page.mouse.move(x - 30, y + 40, { steps: 2 });
  await o.page.mouse.move(x, y, { steps: 4 });
}

/** The element focused inside Sävy's shadow root ('' when the focus is not there). */
const focusedInCoach = (frame: Frame) =>
  frame.evaluate(() => {
    const a = document.querySelector('savy-coach')?.shadowRoot?.activeElement;
    return a ? `${a.closest('[data-savy-panel]') ? 'panel' : 'other'}:${a.textContent}` : '';
  });

/** An element's box in main-frame coordinates (playwright adds an iframe's own offset). */
const pageBox = (o: Opened, _f: Fixture, selector: string) => o.frame.locator(selector).first().boundingBox();

const shot = (o: Opened, name: string) => o.page.screenshot({ path: join(SHOTS, `${name}.png`) });

const CARD_EDITORS = ['textarea', 'contenteditable', 'ckeditor5', 'tinymce', 'prosemirror', 'quill'];

describe.each(CARD_EDITORS)('cards, %s', (name) => {
  it('keep appearing after a card’s Dismiss and after an apply; Escape closes one', async () => {
    const f = fixture(name);
    const o = await open(f);
    const before = engine(DRAFT);
    await startWriting(o, f, before.hints.length, 'Control+Home');
    const card = o.frame.locator('savy-coach [data-savy-card]');

    await pointAt(o, f, 'olisit lukenut');
    await card.waitFor();
    expect(await card.getAttribute('aria-label')).toBe('Syyllistäminen');
    await shot(o, `card-${name}`);
    await card.locator('[data-savy-card-dismiss]').click();
    await card.waitFor({ state: 'detached' });
    await poll(() => o.frame.locator('savy-coach [data-savy-badge]').getAttribute('data-count')).toBe(String(before.hints.length - 1));

    // The bug: from here on no card appeared any more.
    await pointAt(o, f, '!!');
    await card.waitFor();
    await card.locator('[data-savy-card-apply]').first().click();
    // The card under "!!" is the shouting's, which ends with it: its one rewrite fixes the capitals and the "!!".
    await poll(() => o.text()).toContain('Tämä ei ole mahdollista.');
    await card.waitFor({ state: 'detached' });

    // The refusal is still there, in small letters now: its card (it teaches, no rewrite).
    await pointAt(o, f, 'ei ole');
    await card.waitFor();
    await shot(o, `card-again-${name}`);
    await o.page.keyboard.press('Escape');
    await card.waitFor({ state: 'detached' });
    // Moving off an underline closes the card it opened.
    await pointAt(o, f, 'ei ole');
    await card.waitFor();
    const fieldBox = (await pageBox(o, f, f.click))!;
    await o.page.mouse.move(fieldBox.x + 6, fieldBox.y + fieldBox.height - 6, { steps: 3 }); // the card is right of here
    await card.waitFor({ state: 'detached' });
    expect(o.errors).toEqual([]);
    await o.page.close();
  });
});

describe.each(['textarea', 'contenteditable', 'ckeditor5', 'tinymce', 'prosemirror'])('panel focus, %s', (name) => {
  it('typing right after a panel Dismiss reaches the editor; Alt+Shift+S and Escape move between text and panel', async () => {
    const f = fixture(name);
    const o = await open(f);
    await startWriting(o, f, engine(DRAFT).hints.length);
    await o.page.keyboard.press('Alt+Shift+S');
    const panel = o.frame.locator('savy-coach [data-savy-panel]');
    await panel.waitFor();
    await poll(() => focusedInCoach(o.frame)).toMatch(/^panel:/);
    await panel.locator('[data-savy-hint] [data-savy-dismiss]').first().click();
    // The focus stays in the panel (on the next hint), never on <body>.
    await poll(() => focusedInCoach(o.frame)).toMatch(/^panel:/);
    await shot(o, `panel-after-dismiss-${name}`);
    await o.page.keyboard.type(' Kiitos');
    await poll(() => o.text()).toContain('MAHDOLLISTA!! Kiitos');

    // Alt+Shift+S with the panel open moves the focus into it; Escape closes it and the text has the focus.
    await o.page.keyboard.press('Alt+Shift+S');
    await poll(() => focusedInCoach(o.frame)).toMatch(/^panel:/);
    await o.page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
    await o.page.keyboard.type(' hei');
    await poll(() => o.text()).toContain('Kiitos hei');
    expect(o.errors).toEqual([]);
    await o.page.close();
  });
});

describe.each(['textarea', 'contenteditable', 'ckeditor5', 'tinymce'])('dismissed, %s', (name) => {
  it('a dismissed hint stays dismissed while the writer types on, on its line and on others', async () => {
    const f = fixture(name);
    const o = await open(f);
    await startWriting(o, f, engine(DRAFT).hints.length);
    const badge = o.frame.locator('savy-coach [data-savy-badge]');
    await badge.click();
    const blame = o.frame.locator('savy-coach [data-savy-hint][data-rule="fi.blame.olisit-pitanyt"]');
    await blame.locator('[data-savy-dismiss]').click();
    await blame.waitFor({ state: 'detached' });
    await o.page.keyboard.type(' Kiitos viestistäsi.');
    const count = (text: string) => String(engine(text).hints.filter((h) => h.ruleId !== 'fi.blame.olisit-pitanyt').length);
    await poll(() => o.text()).toContain('Kiitos viestistäsi.');
    await poll(async () => (await badge.getAttribute('data-count')) === count(await o.text())).toBe(true);
    await o.page.keyboard.press('Enter');
    await o.page.keyboard.type('Toinen rivi, jossa TÄMÄ EI OLE OK!!');
    await poll(() => o.text()).toContain('OK!!');
    await poll(async () => (await badge.getAttribute('data-count')) === count(await o.text())).toBe(true);
    expect(await o.frame.locator('savy-coach [data-savy-hint][data-rule="fi.blame.olisit-pitanyt"]').count()).toBe(0);
    await shot(o, `dismissed-stays-${name}`);
    expect(o.errors).toEqual([]);
    await o.page.close();
  });
});

describe.each([
  { width: 1280, height: 800 },
  { width: 800, height: 600 },
])('placement at $width×$height', (size) => {
  it.each(['textarea', 'contenteditable', 'ckeditor5', 'tinymce'])(
    'the panel for a field at the bottom of the window lies inside it (%s)',
    async (name) => {
      const f = fixture(name);
      const o = await open(f, size);
      // Push the editor to the bottom of the window, as a reply box under a long ticket is.
      const editorBox = (await o.page
        .locator(f.frame ?? f.click)
        .first()
        .boundingBox())!;
      await o.page.evaluate(
        (h) => {
          document.body.style.paddingTop = `${Math.max(0, innerHeight - h - 40)}px`;
          scrollTo(0, 0);
        },
        editorBox.height + (name === 'ckeditor5' ? 40 : 0),
      );
      await startWriting(o, f, engine(DRAFT).hints.length);
      await o.page.keyboard.press('Alt+Shift+S');
      const panel = o.frame.locator('savy-coach [data-savy-panel]');
      await panel.waitFor();
      const box = (await pageBox(o, f, 'savy-coach [data-savy-panel]'))!;
      await shot(o, `panel-bottom-${size.width}x${size.height}-${name}`);
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(size.width);
      expect(box.y + box.height).toBeLessThanOrEqual(size.height);
      // Its last step can be reached: scrolled into view inside the panel, it is inside the window too.
      const last = panel.locator('[data-savy-step="next-steps"]');
      await last.scrollIntoViewIfNeeded();
      const step = (await pageBox(o, f, 'savy-coach [data-savy-step="next-steps"]'))!;
      expect(step.y + step.height).toBeLessThanOrEqual(size.height);
      // The close button is whole and inside.
      const closeBox = (await pageBox(o, f, 'savy-coach [data-savy-close]'))!;
      expect(closeBox.x + closeBox.width).toBeLessThanOrEqual(size.width);
      // The badge is outside the text (not over the field) unless the field fills its frame, and under the panel.
      const badge = (await pageBox(o, f, 'savy-coach [data-savy-badge]'))!;
      if (!f.frame) {
        const field = (await o.frame.locator(f.click).first().boundingBox())!;
        const over =
          badge.x < field.x + field.width && field.x < badge.x + badge.width && badge.y < field.y + field.height && field.y < badge.y + badge.height;
        expect(over).toBe(false);
      }
      expect(o.errors).toEqual([]);
      await o.page.close();
    },
  );
});

describe('fields', () => {
  it('coaches an editor that sets spellcheck="false"', async () => {
    const f = fixture('prosemirror-spellcheck-off');
    const o = await open(f);
    expect(await o.frame.locator('.ProseMirror').getAttribute('spellcheck')).toBe('false');
    await startWriting(o, f, engine(DRAFT).hints.length);
    await shot(o, 'spellcheck-off-prosemirror');
    expect(o.errors).toEqual([]);
    await o.page.close();
  });
});

/** The customer's message, quoted as the mail or ticket tool quotes it when the writer replies (below the quote). */
const QUOTED = {
  text: 'ma 23.11.2026 klo 10.00 Maija Virtanen <maija@example.com> kirjoitti:\n> TÄMÄ ON TÖRKEÄÄ!! Missä rahani ovat?\n> Maija\n\n',
  html:
    '<p>ma 23.11.2026 klo 10.00 Maija Virtanen &lt;maija@example.com&gt; kirjoitti:</p>' +
    '<blockquote><p>TÄMÄ ON TÖRKEÄÄ!! Missä rahani ovat?</p><p>Maija</p></blockquote><p><br></p>',
};
const REPLY = 'Hei Maija, olisit lukenut ohjeet. Palaamme asiaan pian.';

describe.each(['textarea', 'contenteditable', 'ckeditor5', 'tinymce', 'prosemirror'])('quotes, %s', (name) => {
  it('a reply typed below a quoted customer message gets its hints, the quote none', async () => {
    const f = fixture(name);
    const o = await open(f);
    await o.page.evaluate((c) => (window as unknown as { fixture: { set(c: object): void } }).fixture.set(c), QUOTED);
    await poll(() => o.text()).toContain('TÖRKEÄÄ');
    const reply = engine(REPLY);
    expect(reply.hints.length).toBeGreaterThan(1);
    expect(engine(QUOTED.text + REPLY).hints.map((h) => h.ruleId)).toEqual(reply.hints.map((h) => h.ruleId)); // the engine agrees
    await o.frame.locator(f.click).first().click();
    await o.page.keyboard.press('Control+End');
    await o.page.keyboard.type(REPLY);
    const badge = o.frame.locator('savy-coach [data-savy-badge]');
    await poll(() => badge.getAttribute('data-count')).toBe(String(reply.hints.length));
    await badge.click();
    const rules = await o.frame.locator('savy-coach [data-savy-hint]').evaluateAll((els) => els.map((e) => e.getAttribute('data-rule')));
    expect(rules.sort()).toEqual(reply.hints.map((h) => h.ruleId).sort());
    await shot(o, `quote-reply-below-${name}`);
    expect(o.errors).toEqual([]);
    await o.page.close();
  });
});

const STOCK = 'Hei Maija, pahoittelemme mahdollista haittaa. Palaamme asiaan pian.';

describe('weak steps', () => {
  it.each(['textarea', 'contenteditable', 'ckeditor5', 'tinymce'])('a stock apology shows its step as weak in the panel (%s)', async (name) => {
    const f = fixture(name);
    const o = await open(f);
    await o.page.evaluate((c) => (window as unknown as { fixture: { set(c: object): void } }).fixture.set(c), {
      text: STOCK,
      html: `<p>${STOCK}</p>`,
    });
    await poll(() => o.text()).toContain('haittaa');
    await startWriting(o, f, engine(STOCK).hints.length);
    await o.page.keyboard.press('Alt+Shift+S');
    const step = o.frame.locator('savy-coach [data-savy-step="apologize"]');
    await poll(() => step.getAttribute('data-weak')).toBe('true');
    expect(await step.getAttribute('data-done')).toBe('true');
    expect(await step.textContent()).toContain('Heikosti: Nimeä, mikä meni vikaan');
    expect(await o.frame.locator('savy-coach [data-savy-step="greet"]').getAttribute('data-weak')).toBeNull();
    await o.frame.locator('savy-coach [data-savy-step="next-steps"]').scrollIntoViewIfNeeded();
    await shot(o, `weak-step-panel-${name}`);
    // Dismissing the stock-apology hint: the writer decided, the step is no longer shown as weak.
    await o.frame.locator('savy-coach [data-savy-hint][data-category="formulaic-apology"] [data-savy-dismiss]').click();
    await poll(() => step.getAttribute('data-weak')).toBeNull();
    expect(await step.getAttribute('data-done')).toBe('true');
    expect(o.errors).toEqual([]);
    await o.page.close();
  });

  it('… and in the popup of that tab and in the practice inbox', async () => {
    const f = fixture('textarea');
    const o = await open(f, undefined, '?weak'); // its own address: the popup is asked for this very tab
    await o.page.evaluate((c) => (window as unknown as { fixture: { set(c: object): void } }).fixture.set(c), { text: STOCK, html: '' });
    await startWriting(o, f, engine(STOCK).hints.length);
    const tabId = await worker.evaluate(async (url) => {
      const c = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number }[]> } } }).chrome;
      return (await c.tabs.query({ url }))[0].id;
    }, o.page.url());
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 360, height: 640 });
    await popup.goto(`chrome-extension://${new URL(worker.url()).host}/popup.html?tab=${tabId}`);
    const popupStep = popup.locator('[data-savy-step="apologize"]');
    await poll(() => popupStep.getAttribute('data-weak')).toBe('true');
    expect(await popupStep.getAttribute('data-done')).toBe('true');
    expect(await popupStep.textContent()).toContain('Nimeä, mikä meni vikaan');
    await popup.screenshot({ path: join(SHOTS, 'weak-step-popup.png'), fullPage: true });
    await popup.close();
    await o.page.close();

    const practice = await context.newPage();
    await practice.setViewportSize({ width: 1280, height: 800 });
    await practice.goto(`chrome-extension://${new URL(worker.url()).host}/practice.html`);
    await practice.click('[data-practice-ticket="fi-benefits-housing-late"]');
    await practice.waitForSelector('[data-practice-editor]');
    await practice.locator('[data-practice-editor]').click();
    await practice.keyboard.type(STOCK);
    const live = practice.locator('.live [data-savy-step="apologize"]');
    await poll(() => live.getAttribute('data-weak')).toBe('true');
    expect(await live.getAttribute('data-done')).toBe('true');
    await live.scrollIntoViewIfNeeded();
    await practice.screenshot({ path: join(SHOTS, 'weak-step-practice.png') });
    // Done: the result says which steps are there only weakly, and what would make them strong.
    await practice.click('[data-practice-done]');
    const result = practice.locator('[data-practice-weak-steps]');
    await result.waitFor();
    expect(await result.getAttribute('data-practice-weak-steps')).toBe('apologize');
    expect(await result.textContent()).toContain('Vain heikosti: Älä etsi syyllisiä, pahoittele');
    await result.scrollIntoViewIfNeeded();
    await practice.screenshot({ path: join(SHOTS, 'weak-step-practice-result.png') });
    await practice.close();
  });
});

/** A defence in words no rule lists: only the learned second opinion (lib/engine/learned.ts) reads it. */
const DEFENCE = `Hei Mikko,

kiitos viestistäsi ja harmillista, että lasku yllätti.

Tarkistin asian. Hinnoittelu on tehty hinnaston mukaisesti, eikä siinä ole meidän osaltamme korjattavaa. Lähetän sinulle erittelyn laskusta sähköpostilla tänään.`;

describe.each(['textarea', 'contenteditable', 'ckeditor5'])('the learned second opinion, %s', (name) => {
  it('hints the whole sentence the model reads as defensive, in the panel with its category, and can be dismissed', async () => {
    const expected = engine(DEFENCE).hints;
    expect(expected.map((h) => `${h.ruleId}: ${h.text}`)).toEqual([
      'fi.learned.defensive: Hinnoittelu on tehty hinnaston mukaisesti, eikä siinä ole meidän osaltamme korjattavaa.',
    ]);
    const f = fixture(name);
    const o = await open(f);
    await o.page.evaluate((c) => (window as unknown as { fixture: { set(c: object): void } }).fixture.set(c), {
      text: DEFENCE,
      html: DEFENCE.split('\n\n')
        .map((p) => `<p>${p}</p>`)
        .join(''),
    });
    await startWriting(o, f, 1);
    await o.frame.locator('savy-coach [data-savy-badge]').click();
    const hint = o.frame.locator('savy-coach [data-savy-hint][data-rule="fi.learned.defensive"]');
    await hint.waitFor();
    expect(await hint.getAttribute('data-category')).toBe('defensive');
    expect(await hint.textContent()).toContain('Tämä lause voi kuulostaa puolustelulta');
    await shot(o, `learned-${name}`);
    await hint.locator('[data-savy-dismiss]').click();
    await poll(() => o.frame.locator('savy-coach [data-savy-badge]').getAttribute('data-count')).toBe('0');
    expect(await o.text()).toContain('Hinnoittelu on tehty hinnaston mukaisesti, eikä siinä ole meidän osaltamme korjattavaa.'); // the text is the writer's
    expect(o.errors).toEqual([]);
    await o.page.close();
  });
});
