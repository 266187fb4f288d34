/**
 * Screenshots of every extension page in every UI language at real sizes, for people to look at:
 *   npx wxt build && scripts/isolated.sh npx tsx scripts/screenshots.ts [out-dir]   (default: screenshots/)
 * Pages at 1280×800 and 800×600 (full page), the popup at 360×600 as Chrome shows it, on a site where Sävy is off.
 * A week of history and two practice attempts are sent through the background first, as the coach would.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launch, startServer } from '../tests/e2e/harness';
import { LANGS, PAGE_SIZES, pageUrl, seedWeek, setUiLanguage } from '../tests/e2e/pages';

const out = process.argv[2] ?? 'screenshots';
mkdirSync(out, { recursive: true });

const { server, origin } = await startServer();
const { context, worker } = await launch();
try {
  const page = await context.newPage();
  await page.goto(pageUrl('progress'));
  await seedWeek(page);
  await page.waitForFunction(() => Number(document.querySelector('[data-progress-count]')?.getAttribute('data-progress-count')) > 0, undefined, {
    timeout: 20_000,
  });
  await page.reload();
  // A site where Sävy is off (no policy names localhost): the popup's one action is to turn it on.
  const site = await context.newPage();
  await site.goto(`${origin.replace('127.0.0.1', 'localhost')}/textarea.html`);
  const tabId = await page.evaluate(async (url) => {
    const c = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number; url: string }[]> } } }).chrome;
    return (await c.tabs.query({})).find((t) => t.url === url)!.id;
  }, site.url());

  for (const lang of LANGS) {
    await setUiLanguage(worker!, lang);
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 360, height: 600 });
    await popup.goto(pageUrl('popup', `?tab=${tabId}`));
    await popup.waitForSelector('[data-popup-site="off"]');
    await popup.screenshot({ path: join(out, `popup-${lang}.png`) });
    await popup.close();
    for (const size of PAGE_SIZES) {
      await page.setViewportSize(size);
      const tag = `${lang}-${size.width}x${size.height}`;
      await page.goto(pageUrl('options'));
      await page.waitForSelector('#wb-h');
      await page.screenshot({ path: join(out, `options-${tag}.png`), fullPage: true });
      await page.goto(pageUrl('progress'));
      await page.waitForSelector('[data-practice-attempt]');
      await page.waitForSelector('.ct-bar', { state: 'attached' }).catch(() => undefined);
      await page.screenshot({ path: join(out, `progress-${tag}.png`), fullPage: true });
      await page.locator('.views button').nth(1).click();
      await page.fill('#report-name', 'Maija Meikäläinen');
      await page.screenshot({ path: join(out, `report-${tag}.png`), fullPage: true });
      await page.emulateMedia({ media: 'print' });
      await page.screenshot({ path: join(out, `report-print-${tag}.png`), fullPage: true });
      await page.emulateMedia({ media: 'screen' });
      await page.goto(pageUrl('practice'));
      await page.click(`[data-practice-ticket="${lang}-benefits-housing-late"], [data-practice-ticket]`);
      await page.click('.weak summary').catch(() => undefined);
      await page.click('[data-practice-use-weak]').catch(() => undefined);
      await page
        .waitForFunction(
          () => Number(document.querySelector('savy-coach')?.shadowRoot?.querySelector('[data-savy-badge]')?.getAttribute('data-count') ?? 0) > 0,
          undefined,
          { timeout: 10_000 },
        )
        .catch(() => undefined);
      await page.screenshot({ path: join(out, `practice-${tag}.png`), fullPage: true });
    }
  }
  console.log(`screenshots in ${out}/`);
} finally {
  await context.close();
  server.close();
}
