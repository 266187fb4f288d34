/**
 * npm run bench:typing — what Sävy costs while a writer types.
 *
 * Types into a 3,000-word reply (a textarea and a contenteditable field) in Chromium, once without and once with
 * the built extension (.output/chrome-mv3; enabled for 127.0.0.1 through the managed policy, as in the e2e
 * tests), and prints main-thread time per keystroke for each, the difference (budget: < 1 ms added), the
 * longest task (budget: none over 50 ms), and the content script's gzipped size (budget: 60 KB with rulesets).
 * A measurement, not a pass/fail test. Needs root (writes /etc/chromium/policies/managed/savy-test.json).
 */
import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { EXTENSION_DIR, launch, setBenchPage, startServer, waitForRegistration, writePolicy } from '../tests/e2e/harness';

const KEYSTROKES = Number(process.env.KEYSTROKES ?? 150);
const RUNS = Number(process.env.RUNS ?? 3);
const SENTENCES = [
  'Hei Maija, kiitos viestistäsi ja hyvä että otit asian puheeksi.',
  'Ymmärrän, että tilanne on ollut todella kurja ja olet joutunut odottamaan vastausta pitkään.',
  'Olisit lukenut ohjeet, niin tätä ei olisi tapahtunut.',
  'Tarkistimme tilauksesi tiedot ja huomasimme, että toimitus viivästyi varastomme ruuhkan vuoksi.',
  'Pahoittelen, että päätös viivästyi ja että jouduit selvittämään asiaa useampaan kertaan.',
  'Tämä EI OLE MAHDOLLISTA!!',
  'Käsittelemme hakemuksesi perjantaihin mennessä ja ilmoitamme sinulle heti, kun päätös on valmis.',
  'Jos sinulla on kysyttävää, vastaa tähän viestiin, niin autan mielelläni.',
];

function reply(words: number): string {
  const out: string[] = [];
  let n = 0;
  for (let i = 0; n < words; i++) {
    const s = SENTENCES[i % SENTENCES.length];
    out.push(s);
    n += s.split(/\s+/).length;
    if (i % 4 === 3) out.push('\n\n');
  }
  return out.join(' ').replace(/ \n\n /g, '\n\n');
}

const TEXT = reply(3000);
const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
setBenchPage(
  `<!doctype html><html lang="fi"><head><meta charset="utf-8"><title>bench</title></head><body style="font:15px sans-serif">
  <textarea id="ta" rows="20" cols="100">${escapeHtml(TEXT)}</textarea>
  <div id="ce" contenteditable="true" style="border:1px solid #999;height:300px;overflow:auto">${TEXT.split('\n\n')
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join('')}</div>
  <script>
    window.longTasks = [];
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.longTasks.push(e.duration); }).observe({ type: 'longtask', buffered: true });
  </script></body></html>`,
);

interface Result {
  perKey: number;
  longest: number;
  over50: number;
}

async function measure(withExtension: boolean, selector: string, origin: string): Promise<Result> {
  const { context, worker } = await launch(withExtension);
  try {
    if (worker) await waitForRegistration(worker);
    const page = await context.newPage();
    await page.goto(`${origin}/bench.html`);
    await page.locator(selector).click();
    await page.keyboard.press('Control+End');
    if (withExtension) await page.locator('savy-coach [data-savy-badge][data-count]').waitFor({ timeout: 30_000 });
    await page.waitForTimeout(500);
    await page.evaluate(() => ((window as unknown as { longTasks: number[] }).longTasks = []));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const task = async () => {
      const { metrics } = await cdp.send('Performance.getMetrics');
      return metrics.find((m) => m.name === 'TaskDuration')!.value * 1000;
    };
    const typed = ' Kiitos kärsivällisyydestäsi, palaan asiaan huomenna. '.repeat(10).slice(0, KEYSTROKES);
    const t0 = await task();
    await page.keyboard.type(typed, { delay: 25 });
    await page.waitForTimeout(500); // let debounced analysis and drawing finish: their time counts too
    const t1 = await task();
    const longTasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
    return { perKey: (t1 - t0) / typed.length, longest: Math.max(0, ...longTasks), over50: longTasks.filter((d) => d > 50).length };
  } finally {
    await context.close();
  }
}

async function main(): Promise<void> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) execSync('npx wxt build', { stdio: 'inherit' });
  const script = readFileSync(join(EXTENSION_DIR, 'content-scripts/coach.js'));
  const gz = gzipSync(script, { level: 9 }).length;
  const { server, origin } = await startServer();
  const removePolicy = writePolicy();
  try {
    console.log(
      `Typing ${KEYSTROKES} keys (median of ${RUNS} runs each) at the end of a ${TEXT.split(/\s+/).length}-word reply (${TEXT.length} characters).\n`,
    );
    console.log('field            without   with Sävy   added/key   longest task   tasks > 50 ms');
    for (const [name, sel] of [
      ['textarea', '#ta'],
      ['contenteditable', '#ce'],
    ] as const) {
      // Alternate runs and take medians: one browser run varies by about a millisecond per key.
      const bases: Result[] = [];
      const withs: Result[] = [];
      for (let i = 0; i < RUNS; i++) {
        bases.push(await measure(false, sel, origin));
        withs.push(await measure(true, sel, origin));
      }
      const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
      const base = { perKey: median(bases.map((r) => r.perKey)) };
      const withIt = {
        perKey: median(withs.map((r) => r.perKey)),
        longest: Math.max(...withs.map((r) => r.longest)),
        over50: withs.reduce((n, r) => n + r.over50, 0),
      };
      const added = withIt.perKey - base.perKey;
      console.log(
        `${name.padEnd(16)} ${base.perKey.toFixed(2).padStart(5)} ms  ${withIt.perKey.toFixed(2).padStart(7)} ms  ${added.toFixed(2).padStart(7)} ms ${added < 1 ? '✓' : '✗'}  ${withIt.longest.toFixed(0).padStart(9)} ms   ${String(withIt.over50).padStart(6)} ${withIt.over50 === 0 ? '✓' : '✗'}`,
      );
    }
    console.log(
      `\ncontent script: ${(script.length / 1024).toFixed(1)} KB, ${(gz / 1024).toFixed(1)} KB gzipped (budget 60 KB) ${gz <= 60 * 1024 ? '✓' : '✗'}`,
    );
  } finally {
    server.close();
    removePolicy();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
