/**
 * Helpers for the extension pages at real sizes (tests/e2e/pages.test.ts, scripts/screenshots.ts): the UI language,
 * a week of history sent through the background as the content script and the practice inbox send it, axe-core
 * injected into a page, and a scan for text that is not in the UI's language.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page, Worker } from 'playwright-core';
import { EXTENSION_ID } from './harness';

export type Lang = 'fi' | 'en' | 'sv';
export const LANGS: Lang[] = ['fi', 'en', 'sv'];
export const PAGE_SIZES = [
  { width: 1280, height: 800 },
  { width: 800, height: 600 },
] as const;
export const pageUrl = (name: 'options' | 'practice' | 'progress' | 'popup', query = '') => `chrome-extension://${EXTENSION_ID}/${name}.html${query}`;

/** The writer's UI language, as the options page stores it. */
export async function setUiLanguage(worker: Worker, lang: Lang): Promise<void> {
  await worker.evaluate(async (lang) => {
    const c = (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome;
    await c.storage.local.set({ uiLanguage: lang });
  }, lang);
}

/** What @webext-core/messaging sends: the background answers { res } or { err }. */
export function send(page: Page, type: string, data: unknown): Promise<unknown> {
  return page.evaluate(
    ({ type, data }) =>
      new Promise((resolve, reject) => {
        const c = (
          globalThis as unknown as {
            chrome: { runtime: { sendMessage(m: unknown, cb: (r: unknown) => void): void; lastError?: { message: string } } };
          }
        ).chrome;
        c.runtime.sendMessage({ id: 1, type, data, timestamp: Date.now() }, (r) =>
          c.runtime.lastError ? reject(new Error(c.runtime.lastError.message)) : resolve(r),
        );
      }),
    { type, data },
  );
}

export const REFLECTION = 'Onnistui: Nimesin tilanteen ja lupasin päivän.\nToisin: Lyhyemmät lauseet.';

/**
 * One week of history (the writer started this week): hints of three categories shown, applied and dismissed
 * across five days, six replies, two practice attempts with a reflection and a self-rating.
 */
export async function seedWeek(page: Page, now = Date.now()): Promise<{ events: number }> {
  const day = 86_400_000;
  const rules = [
    ['fi.formulaic-apology.mahdollinen-haitta', 'formulaic-apology', 'Pahoittelemme mahdollista haittaa.'],
    ['fi.blame.olisit', 'blame', 'Olisit lukenut ohjeet.'],
    ['fi.vague-promise.asap', 'vague-promise', 'Palaamme asiaan mahdollisimman pian.'],
  ] as const;
  const events = [];
  for (let d = 0; d < 5; d++) {
    for (let i = 0; i < 3; i++) {
      const [ruleId, category, snippet] = rules[(d + i) % 3];
      const at = now - (4 - d) * day - i * 3_600_000;
      const base = { replyId: `seed-r${d}`, host: 'tuki.example.fi', lang: 'fi', category, ruleId, message: 'Vinkki', snippet };
      events.push({ ...base, at, hintId: `h${d}-${i}`, action: 'shown' });
      if (i === 0) events.push({ ...base, at: at + 60_000, hintId: `h${d}-${i}`, action: 'applied', rewrite: 'Pahoittelen, että päätös viivästyi.' });
      if (i === 1 && d % 2 === 0) events.push({ ...base, at: at + 60_000, hintId: `h${d}-${i}`, action: 'dismissed' });
    }
  }
  await send(page, 'historyEvents', events);
  for (let d = 0; d < 6; d++) {
    await send(page, 'historyReply', {
      id: `seed-r${d}`,
      startedAt: now - (5 - d) * day - 300_000,
      at: now - (5 - d) * day,
      host: 'tuki.example.fi',
      lang: 'fi',
      words: 80 + d * 10,
      hints: d % 2,
      byCategory: d % 2 ? { blame: 1 } : {},
      steps: { greet: true, thank: d > 1, empathize: d > 2, apologize: true, 'next-steps': d % 2 === 0 },
      activeMs: 120_000,
    });
  }
  const steps = { greet: true, thank: true, empathize: true, apologize: true, 'next-steps': false };
  await send(page, 'historyPractice', {
    at: now - 2 * day,
    ticketId: 'fi-benefits-housing-late',
    lang: 'fi',
    hints: 1,
    steps,
    reflection: REFLECTION,
    rating: 4,
  });
  await send(page, 'historyPractice', {
    at: now - day,
    ticketId: 'fi-benefits-housing-late',
    lang: 'fi',
    hints: 0,
    steps: { ...steps, 'next-steps': true },
    reflection: '',
    rating: 5,
  });
  return { events: events.length };
}

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/**
 * axe-core on the page (open shadow roots included: the coach's), WCAG 2.1 A and AA rules. Injected through the
 * DevTools protocol (page.evaluate), which the extension pages' CSP does not block.
 */
export async function axe(page: Page, include?: string): Promise<AxeViolation[]> {
  await page.evaluate(AXE);
  return page.evaluate(async (include) => {
    const a = (
      globalThis as unknown as {
        axe: {
          run(
            ctx: unknown,
            opts: unknown,
          ): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[]; failureSummary?: string }[] }[] }>;
        };
      }
    ).axe;
    const r = await a.run(include ? { include: [[include]] } : document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      resultTypes: ['violations'],
    });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`.slice(0, 400)),
    }));
  }, include);
}

/** Words that give a language away (short, frequent, not shared between fi, en and sv). */
const FUNCTION_WORDS: Record<Lang, string[]> = {
  fi: [
    'ja',
    'on',
    'ei',
    'että',
    'tai',
    'kun',
    'tämä',
    'sinun',
    'joka',
    'mitä',
    'vielä',
    'kaikki',
    'ole',
    'voi',
    'nyt',
    'tässä',
    'sivulla',
    'vinkit',
    'vinkkejä',
  ],
  en: [
    'the',
    'and',
    'is',
    'not',
    'you',
    'your',
    'with',
    'this',
    'that',
    'for',
    'of',
    'to',
    'here',
    'no',
    'yet',
    'all',
    'show',
    'shown',
    'times',
    'hints',
  ],
  sv: ['och', 'är', 'inte', 'att', 'det', 'för', 'med', 'som', 'du', 'din', 'här', 'på', 'av', 'alla', 'ännu', 'visa', 'gånger', 'tips'],
};

export interface ForeignText {
  text: string;
  where: string;
  looksLike: Lang;
}

/**
 * Text on the page (and in open shadow roots: the coach) that reads as another language than `lang`: visible text
 * nodes, placeholders, titles and aria-labels. Content that is marked with its own language (lang="sv" on a
 * Swedish ticket) is left out: that is how content in another language should be marked. A piece counts as
 * foreign when it has at least two function words of one other language and fewer of the UI's own.
 */
export async function foreignText(page: Page, lang: Lang): Promise<ForeignText[]> {
  const pieces = await page.evaluate(() => {
    const out: { text: string; lang: string; where: string }[] = [];
    const langOf = (el: Element | null): string => {
      for (let e: Element | null = el; e; ) {
        const l = e.getAttribute('lang');
        if (l) return l.toLowerCase().split('-')[0];
        e = e.parentElement ?? (e.getRootNode() as ShadowRoot).host ?? null;
      }
      return '';
    };
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''}`;
    const visit = (root: Document | ShadowRoot) => {
      const walker = (root instanceof Document ? root : root.ownerDocument).createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (n.nodeType === Node.TEXT_NODE) {
          const el = n.parentElement;
          const text = (n.textContent ?? '').trim();
          if (!el || !text || ['SCRIPT', 'STYLE', 'TEXTAREA'].includes(el.tagName)) continue;
          const style = getComputedStyle(el);
          if (style.display === 'none' || style.visibility === 'hidden') continue;
          out.push({ text, lang: langOf(el), where: describe(el) });
        } else {
          const el = n as Element;
          for (const attr of ['placeholder', 'title', 'aria-label'])
            if (el.getAttribute(attr)) out.push({ text: el.getAttribute(attr)!, lang: langOf(el), where: `${describe(el)}[${attr}]` });
          if (el.shadowRoot) visit(el.shadowRoot);
        }
      }
    };
    visit(document);
    return out;
  });
  const words = (s: string) =>
    s
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .filter(Boolean);
  const found: ForeignText[] = [];
  for (const p of pieces) {
    if (p.lang && p.lang !== lang) continue;
    const w = words(p.text);
    const score = (l: Lang) => new Set(w.filter((x) => FUNCTION_WORDS[l].includes(x))).size;
    const own = score(lang);
    for (const other of LANGS) {
      if (other === lang) continue;
      const s = score(other);
      if (s >= 2 && s > own) found.push({ text: p.text.slice(0, 160), where: p.where, looksLike: other });
    }
    // A JSON path or a raw zod message is no one's language.
    if (/\$\.[a-z]|\bInvalid input\b|\bexpected (string|number|object)\b/i.test(p.text))
      found.push({ text: p.text.slice(0, 160), where: p.where, looksLike: 'en' });
  }
  return found;
}

/**
 * The height of the page's content (what a popup window is sized to: the body, not the viewport, which a short page
 * does not fill), and where an element ends, from the top of the page.
 */
export async function fold(page: Page, selector: string): Promise<{ contentHeight: number; bottom: number | null }> {
  return page.evaluate((selector) => {
    const el = document.querySelector(selector);
    const body = document.body.getBoundingClientRect();
    return {
      contentHeight: Math.ceil(
        body.height + parseFloat(getComputedStyle(document.body).marginTop) + parseFloat(getComputedStyle(document.body).marginBottom),
      ),
      bottom: el ? el.getBoundingClientRect().bottom + scrollY : null,
    };
  }, selector);
}
