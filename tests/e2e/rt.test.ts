/**
 * Request Tracker 5 (Debian's request-tracker5, set up by scripts/real-apps/setup-rt.sh): a customer's e-mail
 * arrives through rt-mailgate, the agent replies in RT's own editor (CKEditor 4 in an about:blank iframe) with the
 * customer's message quoted, Sävy coaches the reply and applies a rewrite through CKEditor, the agent sends it,
 * and the reply RT stored in the ticket's history (read back through RT's REST 2 API) holds the rewrite.
 */
import { spawnSync } from 'node:child_process';
import type { BrowserContext, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ABOVE,
  BELOW,
  CUSTOMER,
  coachAndRewrite,
  collectErrors,
  findApp,
  htmlText,
  openWithPolicy,
  POLL,
  rewriteUndoAndAgain,
  sendAndReadBack,
  TEST_TIMEOUT,
  typeLines,
} from './real-apps';

const app = await findApp('rt', 'RT_URL', 'Request Tracker 5: reply in CKEditor 4', 'scripts/real-apps/setup-rt.sh');
const rt = app.settings;

async function rest<T>(path: string): Promise<T> {
  const res = await fetch(`${rt.RT_URL}/REST/2.0/${path}`, {
    headers: { authorization: `Basic ${Buffer.from(`${rt.RT_USER}:${rt.RT_PASSWORD}`).toString('base64')}` },
  });
  if (!res.ok) throw new Error(`RT REST ${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

type Items = { items: { id: string }[] };

/** A customer's e-mail arrives as the mail server would hand it over: piped into rt-mailgate. Returns the ticket id. */
async function customerWrites(subject: string): Promise<number> {
  const mail = [
    'From: Maija Asiakas <maija@example.test>',
    'To: support@example.test',
    `Subject: ${subject}`,
    `Message-ID: <${Date.now()}.${Math.random().toString(36).slice(2)}@example.test>`,
    'Content-Type: text/plain; charset=utf-8',
    '',
    CUSTOMER,
  ].join('\n');
  const gate = spawnSync(rt.RT_MAILGATE, ['--queue', rt.RT_QUEUE, '--action', 'correspond', '--url', rt.RT_URL], { input: mail, encoding: 'utf8' });
  if (gate.status !== 0) throw new Error(`rt-mailgate exited with ${gate.status}: ${gate.stderr}`);
  // rt-mailgate exits 0 even when RT refused the mail; the ticket must be there.
  const found = await rest<Items>(`tickets?query=${encodeURIComponent(`Subject = '${subject}'`)}`);
  expect(found.items, `no ticket for "${subject}" after rt-mailgate: ${gate.stdout} ${gate.stderr}`).toHaveLength(1);
  return Number(found.items[0].id);
}

/** The agent's one reply on the ticket, as RT stored it (its Correspond transactions' text parts: exactly one). */
async function storedReply(page: Page, ticket: number): Promise<string[]> {
  const replies: string[] = [];
  for (const { id } of (await rest<Items>(`ticket/${ticket}/history?per_page=100`)).items) {
    if ((await rest<{ Type: string }>(`transaction/${id}`)).Type !== 'Correspond') continue;
    for (const a of (await rest<Items>(`transaction/${id}/attachments`)).items) {
      const att = await rest<{ ContentType: string; Content?: string }>(`attachment/${a.id}`);
      if (!att.Content || !/^text\/(?:html|plain)$/.test(att.ContentType)) continue;
      const body = Buffer.from(att.Content, 'base64').toString('utf8');
      replies.push(att.ContentType === 'text/html' ? await htmlText(page, body) : body);
    }
  }
  expect(replies, 'replies stored on the ticket').toHaveLength(1);
  return replies;
}

let context: BrowserContext;
let close: () => Promise<void> = async () => undefined;

describe.skipIf(app.skip)(app.title, () => {
  beforeAll(async () => {
    if (app.problem) throw new Error(`Request Tracker is ${app.problem} (SAVY_REAL_APPS=1: the suite must run)`);
    ({ context, close } = await openWithPolicy(rt.RT_URL));
    const page = await context.newPage();
    await page.goto(`${rt.RT_URL}/NoAuth/Login.html`);
    await page.fill('input[name=user]', rt.RT_USER);
    await page.fill('input[name=pass]', rt.RT_PASSWORD);
    // RT answers the login form with the login page's address; the session cookie is what counts.
    await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.click('[type=submit]')]);
    await page.goto(`${rt.RT_URL}/`);
    expect(new URL(page.url()).pathname, 'RT did not accept root / its password from the setup').not.toContain('Login');
    await page.close();
  }, TEST_TIMEOUT);
  afterAll(() => close());

  /** The agent opens the ticket and clicks Reply on the customer's message: RT quotes it in CKEditor. */
  async function replyTo(ticket: number): Promise<{ page: Page; frame: Frame; errors: string[] }> {
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${rt.RT_URL}/Ticket/Display.html?id=${ticket}`);
    await Promise.all([page.waitForURL(/Update\.html/), page.locator('.transaction a.reply-link').first().click()]);
    const frame = (await (await page.waitForSelector('iframe.cke_wysiwyg_frame')).contentFrame())!;
    await page.waitForFunction(() => {
      const ck = (window as unknown as { CKEDITOR?: { instances: Record<string, { status: string }> } }).CKEDITOR;
      return !!ck && Object.values(ck.instances).some((e) => e.status === 'ready');
    });
    // The quote is there before the agent writes anything.
    await expect.poll(() => frame.locator('body.cke_editable').innerText(), POLL).toContain('laskussani on väärä summa');
    expect(await frame.locator('blockquote').count()).toBe(1);
    return { page, frame, errors };
  }

  /** What CKEditor itself will submit (its own API, not the DOM). */
  const editorData = (page: Page) =>
    page.evaluate(() =>
      Object.values((window as unknown as { CKEDITOR: { instances: Record<string, { getData(): string }> } }).CKEDITOR.instances)[0].getData(),
    );

  async function send(page: Page): Promise<void> {
    await Promise.all([page.waitForURL(/Display\.html/), page.locator('input[name=SubmitTicket]').click()]);
  }
  /** The second line, the one the shouting rewrite changes. */
  const fixed = (rewritten: string) => rewritten.split('\n')[1];

  it('a reply written above the quote: hints, a rewrite through CKEditor that its undo reverts, and RT stores the rewrite', {
    timeout: TEST_TIMEOUT,
  }, async () => {
    const ticket = await customerWrites(`Laskussa virhe (vastaus ylle) ${Date.now()}`);
    const { page, frame, errors } = await replyTo(ticket);
    await frame.locator('body.cke_editable').click();
    await page.keyboard.press('Control+Home');
    await typeLines(page, ABOVE);
    // The writer's words sit above the quote, which is untouched.
    const typed = await htmlText(page, await editorData(page));
    expect(typed.indexOf(ABOVE[1])).toBeGreaterThan(-1);
    expect(typed.indexOf(ABOVE[1])).toBeLessThan(typed.indexOf('wrote:'));
    expect(typed).toContain('laskussani on väärä summa');
    const read = async () => htmlText(page, await editorData(page));
    const { original, rewritten } = await rewriteUndoAndAgain(frame, ABOVE, 'highlight', 'rt-ckeditor4-above-quote', read, fixed, ABOVE[1]);
    expect(await frame.locator('savy-coach').count()).toBe(1);
    expect(await frame.locator('body.cke_editable').evaluate((b) => b.querySelectorAll('savy-coach, [data-savy-badge]').length)).toBe(0);

    await sendAndReadBack(
      page,
      errors,
      () => send(page),
      () => storedReply(page, ticket),
      { has: [fixed(rewritten)], lacks: [original] },
    );
  });

  it('a reply written below the quote: hints, a rewrite through CKEditor, and RT stores the rewrite', { timeout: TEST_TIMEOUT }, async () => {
    const ticket = await customerWrites(`Laskussa virhe (vastaus alle) ${Date.now()}`);
    const { page, frame, errors } = await replyTo(ticket);
    await frame.locator('body.cke_editable').click();
    await page.keyboard.press('Control+End');
    // Out of the quote: CKEditor leaves a blockquote on Enter in an empty line.
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await typeLines(page, BELOW);
    // The writer's words are under the quote, not in it.
    const typed = await htmlText(page, await editorData(page));
    expect(typed.indexOf(BELOW[1])).toBeGreaterThan(typed.indexOf('Terveisin Maija'));
    expect(await frame.locator('blockquote').innerText()).not.toContain(BELOW[1]);
    const { original, rewritten } = await coachAndRewrite(frame, BELOW.join('\n'), 'shouting', 'highlight', 'rt-ckeditor4-below-quote');
    await expect.poll(async () => htmlText(page, await editorData(page)), POLL).toContain(fixed(rewritten));

    await sendAndReadBack(
      page,
      errors,
      () => send(page),
      () => storedReply(page, ticket),
      { has: [fixed(rewritten)], lacks: [original] },
    );
  });
});
