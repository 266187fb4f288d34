/**
 * Roundcube 1.6 (Debian's roundcube with a private Dovecot, set up by scripts/real-apps/setup-roundcube.sh): a
 * customer's e-mail is dropped into the agent's Maildir as a delivery agent would, the agent opens it and clicks
 * Reply, writes in Roundcube's own editor (TinyMCE 5 in an iframe in HTML mode; the plain textarea after switching
 * the composer to plain text) with the customer's message quoted, Sävy coaches the reply and applies a rewrite
 * through the editor, the agent sends it, and the copy Roundcube saved in the Sent folder (read over IMAP) holds
 * the rewrite.
 */
import { ImapFlow, type MessageStructureObject } from 'imapflow';
import { chownSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
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

const app = await findApp(
  'roundcube',
  'RC_URL',
  'Roundcube 1.6: reply in TinyMCE 5 and in the plain textarea',
  'scripts/real-apps/setup-roundcube.sh',
);
const rc = app.settings;

/** A customer's e-mail is delivered: written to Maildir/tmp as the mailbox owner, then moved into Maildir/new. */
function customerWrites(subject: string): void {
  const unique = `${Date.now()}.M${process.pid}P${Math.random().toString(36).slice(2)}.savy-e2e`;
  const mail = [
    'Return-Path: <maija@example.test>',
    'From: Maija Asiakas <maija@example.test>',
    'To: Agent <agent@example.test>',
    `Subject: ${subject}`,
    `Date: ${new Date().toUTCString().replace('GMT', '+0000')}`,
    `Message-ID: <${unique}@example.test>`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: 8bit',
    '',
    CUSTOMER,
  ].join('\r\n');
  const owner = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .map((l) => l.split(':'))
    .find((f) => f[0] === rc.RC_MAIL_OWNER);
  if (!owner) throw new Error(`no user ${rc.RC_MAIL_OWNER}: run scripts/real-apps/setup-roundcube.sh again`);
  const tmp = join(rc.RC_MAILDIR, 'tmp', unique);
  writeFileSync(tmp, mail);
  chownSync(tmp, Number(owner[2]), Number(owner[3]));
  renameSync(tmp, join(rc.RC_MAILDIR, 'new', unique));
}

/** Undoes format=flowed (RFC 3676): a line ending in a space goes on in the next one; space-stuffing removed. */
function unflow(text: string): string {
  return text
    .split(/\r?\n/)
    .map((l) => (l.startsWith(' ') ? l.slice(1) : l))
    .join('\n')
    .replace(/ \n(?!-- \n)/g, ' ');
}

/** The text parts of the message Roundcube saved in Sent for `subject`, decoded (over IMAP, as a mail client reads them). */
async function sentCopy(page: Page, subject: string): Promise<{ plain: string; html: string | null }> {
  const client = new ImapFlow({
    host: '127.0.0.1',
    port: Number(rc.RC_IMAP_PORT),
    secure: false,
    auth: { user: rc.RC_USER, pass: rc.RC_PASSWORD },
    logger: false,
  });
  await client.connect();
  try {
    await client.mailboxOpen('Sent', { readOnly: true });
    const uids = (await client.search({ subject }, { uid: true })) || [];
    expect(uids, `messages in Sent with the subject "${subject}"`).toHaveLength(1);
    const msg = await client.fetchOne(String(uids[0]), { bodyStructure: true }, { uid: true });
    if (msg === false || !msg.bodyStructure) throw new Error('no body structure for the sent message');
    const parts: MessageStructureObject[] = [];
    const walk = (n: MessageStructureObject) => (n.childNodes ? n.childNodes.forEach(walk) : parts.push(n));
    walk(msg.bodyStructure);
    const read = async (n: MessageStructureObject) => {
      const { content } = await client.download(String(uids[0]), n.part ?? '1', { uid: true });
      const chunks: Buffer[] = [];
      for await (const c of content ?? []) chunks.push(c as Buffer);
      const text = Buffer.concat(chunks).toString('utf8');
      return n.parameters?.format?.toLowerCase() === 'flowed' ? unflow(text) : text;
    };
    const plain = parts.find((p) => p.type === 'text/plain');
    const html = parts.find((p) => p.type === 'text/html');
    if (!plain) throw new Error(`no text/plain part in the sent message: ${parts.map((p) => p.type).join(', ')}`);
    return { plain: await read(plain), html: html ? await htmlText(page, await read(html)) : null };
  } finally {
    await client.logout();
  }
}

let context: BrowserContext;
let close: () => Promise<void> = async () => undefined;

describe.skipIf(app.skip)(app.title, () => {
  beforeAll(async () => {
    if (app.problem) throw new Error(`Roundcube is ${app.problem} (SAVY_REAL_APPS=1: the suite must run)`);
    ({ context, close } = await openWithPolicy(rc.RC_URL));
    const page = await context.newPage();
    await page.goto(rc.RC_URL);
    await page.fill('#rcmloginuser', rc.RC_USER);
    await page.fill('#rcmloginpwd', rc.RC_PASSWORD);
    await Promise.all([page.waitForURL(/_task=mail/), page.click('#rcmloginsubmit')]);
    await page.close();
  }, TEST_TIMEOUT);
  afterAll(() => close());

  /** The agent opens the customer's message in the inbox and clicks Reply: the composer quotes it. */
  async function replyTo(subject: string): Promise<{ page: Page; errors: string[] }> {
    const page = await context.newPage();
    const errors = collectErrors(page);
    // Roundcube asks before switching the editor to plain text; the agent says yes.
    page.on('dialog', (d) => void d.accept());
    await page.goto(`${rc.RC_URL}?_task=mail&_mbox=INBOX`);
    await page.locator('#messagelist tbody tr', { hasText: subject }).click();
    // The message opens in the preview pane; Roundcube ignores commands while it is busy loading, so the agent
    // reads the message before clicking Reply.
    await expect.poll(() => page.frameLocator('#messagecontframe').locator('body').innerText(), POLL).toContain('laskussani on väärä summa');
    await page.waitForFunction(() => !(window as unknown as { rcmail: { busy: boolean } }).rcmail.busy);
    await Promise.all([page.waitForURL(/_action=compose/), page.locator('#toolbar-menu a.reply').click()]);
    await page.waitForFunction(() => {
      const w = window as unknown as { tinymce?: { get(id: string): { initialized?: boolean } | null } };
      return !!w.tinymce?.get('composebody')?.initialized;
    });
    return { page, errors };
  }

  async function tinymceFrame(page: Page): Promise<Frame> {
    const frame = (await (await page.waitForSelector('iframe#composebody_ifr')).contentFrame())!;
    await expect.poll(() => frame.locator('body#tinymce').innerText(), POLL).toContain('laskussani on väärä summa');
    expect(await frame.locator('body#tinymce blockquote').count()).toBe(1);
    return frame;
  }

  /** What TinyMCE itself will send (its own API, not the DOM). */
  const tinymceContent = async (page: Page) =>
    htmlText(
      page,
      await page.evaluate(() =>
        (window as unknown as { tinymce: { get(id: string): { getContent(): string } } }).tinymce.get('composebody').getContent(),
      ),
    );

  async function send(page: Page): Promise<void> {
    await Promise.all([page.waitForURL((u) => !u.search.includes('_action=compose'), { timeout: 60_000 }), page.locator('button.send').click()]);
  }
  /** The Sent copy of an HTML reply: its text/plain and text/html parts. */
  const htmlSent = (page: Page, subject: string) => async () => {
    const sent = await sentCopy(page, `Re: ${subject}`);
    expect(sent.html, 'the HTML part of the Sent copy').not.toBeNull();
    return [sent.plain, sent.html!];
  };
  /** The Sent copy of a plain text reply: its text/plain part, and no HTML. */
  const plainSent = (page: Page, subject: string) => async () => {
    const sent = await sentCopy(page, `Re: ${subject}`);
    expect(sent.html).toBeNull();
    return [sent.plain];
  };
  /** The second line, the one the shouting rewrite changes. */
  const fixed = (rewritten: string) => rewritten.split('\n')[1];

  it('HTML mode (TinyMCE 5), a reply written above the quote: hints, a rewrite through TinyMCE that its undo reverts, and the Sent copy holds it', {
    timeout: TEST_TIMEOUT,
  }, async () => {
    const subject = `Laskussa virhe (HTML, ylle) ${Date.now()}`;
    customerWrites(subject);
    const { page, errors } = await replyTo(subject);
    const frame = await tinymceFrame(page);
    await frame.locator('body#tinymce').click();
    await page.keyboard.press('Control+Home');
    await typeLines(page, ABOVE);
    const typed = await tinymceContent(page);
    expect(typed.indexOf(ABOVE[1])).toBeGreaterThan(-1);
    expect(typed.indexOf(ABOVE[1])).toBeLessThan(typed.indexOf('wrote:'));
    const { original, rewritten } = await rewriteUndoAndAgain(
      frame,
      ABOVE,
      'highlight',
      'roundcube-tinymce5-above-quote',
      () => tinymceContent(page),
      fixed,
      ABOVE[1],
    );
    expect(await frame.locator('savy-coach').count()).toBe(1);
    expect(await frame.locator('body#tinymce').evaluate((b) => b.querySelectorAll('savy-coach, [data-savy-badge]').length)).toBe(0);

    await sendAndReadBack(page, errors, () => send(page), htmlSent(page, subject), {
      has: [fixed(rewritten), 'laskussani on väärä summa'],
      lacks: [original],
    });
  });

  it('plain text mode (the textarea), a reply written above the quote: hints, a rewrite that undo reverts, and the Sent copy holds it', {
    timeout: TEST_TIMEOUT,
  }, async () => {
    const subject = `Laskussa virhe (teksti, ylle) ${Date.now()}`;
    customerWrites(subject);
    const { page, errors } = await replyTo(subject);
    await tinymceFrame(page);
    // Elastic's button for plain text, first in TinyMCE's toolbar.
    await page.locator('.tox-tbtn[aria-label="Plain text"]').click();
    const textarea = page.locator('textarea#composebody');
    await textarea.waitFor({ state: 'visible' });
    await expect.poll(() => textarea.inputValue(), POLL).toContain('> laskussani on väärä summa');
    await textarea.click();
    await page.keyboard.press('Control+Home');
    await typeLines(page, ABOVE);
    const { original, rewritten } = await rewriteUndoAndAgain(
      page.mainFrame(),
      ABOVE,
      'mirror',
      'roundcube-textarea-above-quote',
      () => textarea.inputValue(),
      (r) => `${r}\n`,
      ABOVE.join('\n'),
    );
    expect((await textarea.inputValue()).indexOf(rewritten)).toBe(0);

    await sendAndReadBack(page, errors, () => send(page), plainSent(page, subject), {
      has: [fixed(rewritten), '> laskussani on väärä summa'],
      lacks: [original],
    });
  });

  it('HTML mode (TinyMCE 5), a reply written below the quote: hints, a rewrite, and the Sent copy holds it', { timeout: TEST_TIMEOUT }, async () => {
    const subject = `Laskussa virhe (HTML, alle) ${Date.now()}`;
    customerWrites(subject);
    const { page, errors } = await replyTo(subject);
    const frame = await tinymceFrame(page);
    // Roundcube's default reply mode leaves an empty paragraph under the quote for the reply: click into it.
    await frame.locator('body#tinymce > blockquote + p').click();
    await typeLines(page, BELOW);
    const typed = await tinymceContent(page);
    expect(typed.indexOf(BELOW[1])).toBeGreaterThan(typed.indexOf('Terveisin Maija'));
    expect(await frame.locator('body#tinymce blockquote').innerText()).not.toContain(BELOW[1]);
    const { original, rewritten } = await coachAndRewrite(frame, BELOW.join('\n'), 'shouting', 'highlight', 'roundcube-tinymce5-below-quote');
    await expect.poll(() => tinymceContent(page), POLL).toContain(fixed(rewritten));

    await sendAndReadBack(page, errors, () => send(page), htmlSent(page, subject), { has: [fixed(rewritten)], lacks: [original] });
  });

  it('plain text mode (the textarea), a reply written below the quote: hints, a rewrite, and the Sent copy holds it', {
    timeout: TEST_TIMEOUT,
  }, async () => {
    const subject = `Laskussa virhe (teksti, alle) ${Date.now()}`;
    customerWrites(subject);
    const { page, errors } = await replyTo(subject);
    await tinymceFrame(page);
    // Elastic's button for plain text, first in TinyMCE's toolbar.
    await page.locator('.tox-tbtn[aria-label="Plain text"]').click();
    const textarea = page.locator('textarea#composebody');
    await textarea.waitFor({ state: 'visible' });
    await expect.poll(() => textarea.inputValue(), POLL).toContain('> laskussani on väärä summa');
    await textarea.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await typeLines(page, BELOW);
    expect((await textarea.inputValue()).indexOf(BELOW[1])).toBeGreaterThan((await textarea.inputValue()).indexOf('> Terveisin Maija'));
    const { original, rewritten } = await coachAndRewrite(page.mainFrame(), BELOW.join('\n'), 'shouting', 'mirror', 'roundcube-textarea-below-quote');
    await expect.poll(() => textarea.inputValue(), POLL).toContain(rewritten);

    await sendAndReadBack(page, errors, () => send(page), plainSent(page, subject), { has: [fixed(rewritten)], lacks: [original] });
  });
});
