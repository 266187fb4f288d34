/**
 * The progress page of the built extension in Chromium: events reported through the background (the protocol's
 * history messages, as the content script sends them) show on the page, and no raw personal data is in the
 * extension's storage.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_ID, launch, dumpExtensionStorage } from './harness';
import { send } from './pages';

let context: BrowserContext;
let page: Page;
const errors: string[] = [];
const EMAIL = 'maija.meikalainen@example.fi';
const PHONE = '040 123 4567';
const HETU = '131052-308T';

beforeAll(async () => {
  ({ context } = await launch());
  page = await context.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`chrome-extension://${EXTENSION_ID}/progress.html`);
  await page.waitForSelector('[data-progress-count]');
});

afterAll(async () => {
  await context?.close();
});

describe('progress page', () => {
  it('shows events reported through the background, redacted', async () => {
    const now = Date.now();
    const base = {
      replyId: 'e2e-r1',
      host: 'tuki.example.fi',
      lang: 'fi',
      category: 'formulaic-apology',
      ruleId: 'fi.formulaic-apology.mahdollinen-haitta',
      message: 'Vakiopahoittelu kuulostaa tyhjältä.',
    };
    await send(page, 'historyEvents', [
      { ...base, at: now - 2000, hintId: 'h1', action: 'shown', snippet: `Pahoittelemme mahdollista haittaa, kirjoita ${EMAIL} tai soita ${PHONE}.` },
      {
        ...base,
        at: now - 1000,
        hintId: 'h1',
        action: 'applied',
        snippet: `Pahoittelemme mahdollista haittaa, tunnus ${HETU}.`,
        rewrite: 'Pahoittelen, että päätös viivästyi.',
      },
    ]);
    await send(page, 'historyReply', {
      id: 'e2e-r1',
      startedAt: now - 60_000,
      at: now,
      host: 'tuki.example.fi',
      lang: 'fi',
      words: 120,
      hints: 0,
      byCategory: {},
      steps: { greet: true, thank: true, empathize: true, apologize: true, 'next-steps': true },
      activeMs: 50_000,
    });
    expect(await send(page, 'historyStatus', undefined)).toEqual({ res: { paused: false } });

    // The background writes in batches; the page follows the database (liveQuery).
    await page.waitForFunction(() => document.querySelector('[data-progress-count]')?.getAttribute('data-progress-count') === '2', undefined, {
      timeout: 15_000,
    });
    const rows = await page.$$eval('tr[data-progress-event]', (trs) => trs.map((tr) => tr.textContent ?? ''));
    expect(rows[0]).toContain('Pahoittelen, että päätös viivästyi.');
    expect(rows[0]).toContain('[hetu]');
    expect(rows[1]).toContain('[email]');
    expect(rows[1]).toContain('[phone]');
    expect(await page.$$eval('.rules li', (lis) => lis.length)).toBe(1);
    expect(errors).toEqual([]);
  });

  it('keeps no raw e-mail address, phone number or identity code anywhere in the extension storage', async () => {
    const dump = await dumpExtensionStorage(page);
    expect(dump).toContain('savy-history');
    expect(dump).toContain('[email]');
    expect(dump).not.toContain(EMAIL);
    expect(dump).not.toMatch(/@example\.fi/);
    expect(dump).not.toContain(PHONE);
    expect(dump).not.toContain(HETU);
  });
});
