/**
 * Which parts of a reply are the writer's own. Quoted text (the customer's message the writer answers) and
 * signatures are not coached; the writer's text above, between and below quotes is.
 *
 * All quote and signature detection lives here, for plain text and (as CSS selectors, applied by the page's text
 * map, components/coach/text-map.ts) for HTML, so that more mail and helpdesk formats are added in one place:
 *
 * - Plain text: `>` lines; an attribution line ("On … wrote:", "… kirjoitti:", "… skrev …:", also wrapped over
 *   two lines), which is skipped itself (the quote under it is `>` lines or a blockquote); a forwarded or
 *   original-message header ("---- Forwarded message ----", "-----Original Message-----", a From: line with
 *   more header fields under it, as Outlook writes), after which everything is the other message; a "-- " signature separator, after which
 *   everything is the signature; a helpdesk's "##- Please type your reply above this line -##" marker (and its
 *   Finnish and Swedish forms; a marker with nothing written above it is skipped alone), a message header at the
 *   very top whose message a rule ("---") or the writer's greeting ("Hei Ahmed,") ends, with the reply under it, a "--- Customer message ---" title or a ticket header ("Ticket #51877 — subject",
 *   "Tiketti #48213 | Aihe: …"), after which everything is the thread; a helpdesk thread's message headers (an
 *   author line over a date-and-time line, newest message first: `threadHeaders`; or the two on one line under the
 *   writer's sign-off: `oneLineHeader`); and a sign-off ("Best regards", "Ystävällisin terveisin", "Med vänliga
 *   hälsningar"…) followed by a few short lines at the end of the writer's last stretch of text; where there is none,
 *   a closing wish ("Hyvää joulua!", "Have a great weekend!") over the writer's name (the lines under it), or a
 *   contact block there (a name line over a few short lines with a phone number or an e-mail address). The
 *   sign-offs and closing wishes are language data, in the rulesets (`closings`; `closingLines`).
 * - HTML: the containers in `QUOTE_SELECTOR` and `SIGNATURE_SELECTOR` are skipped; an element matching
 *   `QUOTE_START_SELECTOR` starts the quoted message, which runs to the end (Outlook on the web puts the original
 *   after such a marker, not inside it).
 */
import type { Language } from '../coaching';
import type { ClosingLists } from '../ruleset/schema';

/** A part of a text: UTF-16 offsets, `end` excluded. */
export interface TextSpan {
  start: number;
  end: number;
}

/** HTML elements whose text is quoted: mail clients' quote containers and the quote element itself. */
export const QUOTE_SELECTOR = [
  'blockquote',
  '.gmail_quote', // Gmail: attribution and quote together
  '.gmail_quote_container',
  '.gmail_attr',
  '.yahoo_quoted', // Yahoo Mail
  '.moz-cite-prefix', // Thunderbird: "On … wrote:" above the blockquote
  '.moz-forward-container',
  '.OutlookMessageHeader',
  '.protonmail_quote',
  '.zmail_extra', // Zoho
  '.freshdesk_quote',
  '[data-savy="quote"]',
].join(', ');

/** HTML elements from which on the rest of the text is the quoted message (Outlook puts the original after them). */
export const QUOTE_START_SELECTOR = [
  '#appendonsend', // Outlook on the web: an empty marker before the original
  '#divRplyFwdMsg', // Outlook: the From/Sent/To/Subject block of the original
  '[id$="_divRplyFwdMsg"]',
  '#OLK_SRC_BODY_SECTION', // Outlook for Mac
  'hr#stopSpelling',
].join(', ');

/** HTML signature containers. */
export const SIGNATURE_SELECTOR = [
  '.gmail_signature',
  '[data-smartmail="gmail_signature"]',
  '#Signature', // Outlook
  '#signature',
  '.moz-signature', // Thunderbird
  '#_rc_sig', // Roundcube
  '.signature',
  '[data-savy="signature"]',
].join(', ');

/** "On Mon, 23 Nov 2026 at 10:00, Sam <sam@example.com> wrote:", "Sam kirjoitti 23.11.2026 klo 10.00:", "Den … skrev Sam:". */
const ATTRIBUTION = /^.{0,300}\b(?:wrote|writes|kirjoitti|skrev)\b.{0,160}:$/i;
/** The first half of an attribution wrapped over two lines ("On …, Sam Smith <" / "sam@example.com> wrote:"). */
const ATTRIBUTION_START = /^(?:On|Den|Le|Am|El)\s.{3,}$/;

/**
 * Zendesk, Freshdesk and the like: "##- Please type your reply above this line -##" and its translations. Under it
 * is the thread, unless nothing is written above it: then the writer answers under the marker the tool left at the
 * top of the draft, and only the marker itself is skipped.
 */
const REPLY_ABOVE = [
  /^#{2,}-?.{0,80}(?:above this line|yläpuolelle|ovanför (?:den här|denna) rad).{0,40}-?#{2,}$/i,
  /^-{0,3}\s*(?:reply above this line|vastaa tämän rivin yläpuolelle|svara ovanför (?:den här|denna) rad(?:en)?)\s*-{0,3}$/i,
];

const MESSAGE_HEADER = [
  /^-{2,}\s*(?:Original Message|Forwarded message|Alkuperäinen viesti|Välitetty viesti|Edelleenlähetetty viesti|Ursprungligt meddelande|Vidarebefordrat meddelande)\s*-{2,}$/i,
  /^(?:Begin forwarded message|Alkuperäinen viesti|Ursprungligt meddelande):$/i,
  // Helpdesk and form tools: the customer's message under a dashed title ("--- Customer message ---").
  // The same titles without dashes, as a form or helpdesk writes them over the customer's text ("Asiakkaan viesti:",
  // "Meddelande från kund via Internetbanken").
  /^(?:customer(?:'s)? message|message from (?:the )?customer|asiakkaan viesti|viesti asiakkaalta|kundens meddelande|meddelande från kund(?:en)?)(?:\s+(?:via|kautta|through)\s+\S.{0,40})?\s*:?$/i,
  /^(?:-{2,}|[–—]{1,3})\s*(?:customer(?:'s)? message|message from (?:the )?customer|original (?:request|message|question)|previous messages?|ticket history|conversation history|asiakkaan viesti|asiakkaan kysymys|alkuperäinen (?:kysymys|pyyntö)|aiemmat viestit|viestihistoria|kundens meddelande|kundens fråga|ursprunglig fråga|tidigare meddelanden|ärendehistorik)\s*(?:-{2,}|[–—]{1,3})$/i,
  // A helpdesk's title over the customer's words, between dashes or equals signs: "— Customer wrote —", "--- Asiakas
  // kirjoitti 3.4. ---", "=== Kund skrev 22 april 08:12 ===".
  // Who wrote is a name or a role (letters and spaces); when, a date (its month in words too) and time.
  /^(?:-{2,}|[–—]{1,3}|={2,})\s*[\p{L}' ]{1,40}?\s(?:wrote|writes|kirjoitti|skrev)(?:\s+[\p{L}\d./:, ]{1,30}?(?:(?:klo|kl\.?|at)\s+[\d.:]{1,5})?|\s*\([^()]{1,40}\))?\s*:?\s*(?:-{2,}|[–—]{1,3}|={2,})$/iu,
  // The customer's message quoted under the reply with its time: "Your message (sent 26 May 2025):", "Viestisi
  // (lähetetty 3.4.2026):", "Ditt meddelande:".
  /^(?:your (?:message|email|e-mail|enquiry|question)|viestisi|viestinne|kysymyksesi|ditt meddelande|ert meddelande|ditt mejl|din fråga)\s*(?:\([^()]{1,60}\))?\s*:$/i,
  ...REPLY_ABOVE,
];
/**
 * A ticket's header in a helpdesk thread: the ticket or case number followed by its subject or state ("Ticket
 * #51877 — Broadband drops", "Tiketti #48213 | Aihe: … | Tila: Avoin", "Ärende #S-22817 · Studentservice").
 * A bare number ("Tiketti #48213" in a signature) is not coached but starts nothing.
 */
const TICKET =
  /^(?:ticket|case|request|incident|claim|tiketti|tapaus|pyyntö|palvelupyyntö|\S*asia|asianumero|\S*ärende|ärendenummer)(?:\s*(?:id|no|nro|nr|number|numero))?[:.]?\s*#?\s*[A-Z]{0,4}-?\d[\w-]*/i;
const TICKET_HEADER = /^\S+(?:\s*(?:id|no|nro|nr|number|numero))?[:.]?\s*(?:#\s*[A-Z]{0,4}-?\d[\w-]*|[A-Z]{0,4}-?\d{3,}[\w-]*)\s*[|·•–—-]\s*\S/i;
/** The writer's greeting, on a line of its own. */
const GREETING =
  /^(?:hei|heippa|moi|moikka|terve|hyvä|arvoisa|hi|hello|dear|good (?:morning|afternoon|evening)|hej|hejsan|hallå|bästa|god (?:morgon|dag|eftermiddag|kväll))\b[^.!?]{0,60}[,!]?$/i;
/** A rule that ends a message quoted at the top of the text: "---", "___", "***", "===". */
const SEPARATOR = /^(?:_{3,}|-{3,}|\*{3,}|={3,})$/;
/** Under a rule, the other message's author and time: "Kimmo Laine, 2.3.2025 klo 22.17", "Sam Lee – 2026-11-30 09:12". */
const DATED_AUTHOR = /^[^.!?\d]{2,80}[,–—-]\s*(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2})\s*(?:klo|kl\.?|at|@)?\s*\d{1,2}[.:]\d{2}$/i;
/**
 * A line that is only a date with its time, as a helpdesk thread writes it under a message's author ("Apr 8, 2025,
 * 09:47 PDT", "8 April 2025 at 9:47 AM", "2 apr. 2025 09:14", "8.4.2025 klo 9.47", "ti 8.4.2025 klo 9.47",
 * "2025-04-08 09:47").
 */
const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch|s)?|apr(?:il)?|ma[jy]|june?|juni|july?|juli|aug(?:ust(?:i)?)?|sep(?:t(?:ember)?)?|o[ck]t(?:ober)?|nov(?:ember)?|dec(?:ember)?|tammikuuta|helmikuuta|maaliskuuta|huhtikuuta|toukokuuta|kesäkuuta|heinäkuuta|elokuuta|syyskuuta|lokakuuta|marraskuuta|joulukuuta)\\.?';
const DATE_LINE = new RegExp(
  `^(?:[a-zåäö]{2,9}\\.?,?\\s+)?(?:${MONTH}\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\.?\\s+${MONTH}\\s+\\d{4}|\\d{1,2}\\.\\d{1,2}\\.\\d{4}|\\d{4}-\\d{2}-\\d{2}),?\\s*(?:klo|kl\\.?|at|@)?\\s*\\d{1,2}[.:]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s*\\(?[a-z]{2,5}\\)?)?$`,
  'i',
);
/** The author line above such a date: a name, perhaps with a team in brackets ("Maya Lopez", "Ben (Taskwise Support)"). */
const AUTHOR_LINE = /^\p{Lu}[^.!?:;\d]{1,60}$/u;
/** The author and such a date on one line, as some helpdesks head a quoted message: "Rajesh Patel, 21 May 2025, 18:50". */
const AUTHOR_AND_DATE = new RegExp(`^\\p{Lu}[^.!?:;\\d,]{1,60}(?:,|\\s[–—-])\\s*${DATE_LINE.source.slice(1)}`, 'iu');
const FROM_LINE = /^\*?(?:From|Lähettäjä|Från):\*?\s*\S/i;
/** The other fields of a mail header block (after From:). */
const HEADER_LINE = /^\*?(?:Sent|Date|To|Cc|Subject|Lähetetty|Päivämäärä|Päiväys|Vastaanottaja|Kopio|Aihe|Skickat|Datum|Till|Kopia|Ämne):\*?\s*\S/i;

/**
 * The sign-offs and closing wishes of every language (the rulesets' `closings`, lib/rulesets/; ClosingsSchema says
 * what each list is) as the expressions that read a line: a sign-off ("Ystävällisin terveisin", "Best regards,",
 * "Ha en fin helg!"), and a closing wish on a line of its own ("Hyvää joulua!", "Mukavia lukuhetkiä!", "Rauhallista
 * joulunalusaikaa toivottaen", "Have a great weekend!", "Trevlig helg!"): the writer's own words, but when the writer's
 * name follows it, the lines under it are the signature, as under a sign-off. Made once per ruleset
 * (`closingLines`); the lists are phrases, put into the expressions as plain text.
 */
export interface ClosingLines {
  signOff: RegExp;
  wish: RegExp;
}

const closing = new WeakMap<object, ClosingLines>();
const NEVER = /(?!)/;

/** The closing lines of a ruleset's `closings`, every language's at once (read before the language is known). */
export function closingLines(closings: Partial<Record<Language, ClosingLists>>): ClosingLines {
  let out = closing.get(closings);
  if (out) return out;
  const all = (key: keyof ClosingLists) => Object.values(closings).flatMap((c) => c?.[key] ?? []);
  const either = (key: keyof ClosingLists) =>
    `(?:${all(key)
      .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('|')})`;
  const signOffs = all('signOffs');
  const wish: string[] = [];
  if (all('wishes').length)
    wish.push(`${all('wishIntensifiers').length ? `(?:${either('wishIntensifiers')}\\s)?` : ''}${either('wishes')}\\s[^.?:;]{1,40}`);
  if (all('wishEndings').length) wish.push(`[^.?:;]{2,40}\\s${either('wishEndings')}`);
  if (all('wishOpeners').length) wish.push(`${either('wishOpeners')}\\b[^.?:;]{0,40}`);
  out = {
    signOff: signOffs.length ? new RegExp(`^${either('signOffs')}[,.!]?$`, 'i') : NEVER,
    wish: wish.length ? new RegExp(`^(?:${wish.join('|')})[!.]?$`, 'i') : NEVER,
  };
  closing.set(closings, out);
  return out;
}

/** The writer's name under a closing wish: one to four capitalised words ("Tommi", "Aleksi Mäenpää", "T. Henna"). */
const WISH_NAME = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}$/u;

const MAX_SIGNATURE_LINES = 8;
/** A person's name on a line of its own: two to four capitalised words ("Annika Forsman", "Mia-Lotta de Vries"). */
const NAME_LINE = /^\p{Lu}\p{Ll}[\p{L}'’-]*(?:\s+(?:(?:de|af|von|van|der)\s+)?\p{Lu}\p{Ll}[\p{L}'’-]*){1,3}$/u;
/** An e-mail address or a phone number ("tfn 06 318 4420", "+358 40 123 4567"). */
const CONTACT = /\S@\S+\.\S|(?:^|\s)\+?\d[\d ()-]{6,}\d(?:\s|$)/;
const MAX_HEADER_LENGTH = 420;

const isQuoteLine = (line: string) => /^\s*>/.test(line);

function isAttribution(line: string, next: string | undefined): 0 | 1 | 2 {
  if (line.length > MAX_HEADER_LENGTH) return 0;
  if (line.endsWith(':') && ATTRIBUTION.test(line)) return 1;
  // Wrapped mid-attribution: the first half ends in no sentence's end.
  if (
    next !== undefined &&
    next.length <= MAX_HEADER_LENGTH &&
    next.endsWith(':') &&
    !/[.!?]$/.test(line) &&
    ATTRIBUTION_START.test(line) &&
    ATTRIBUTION.test(`${line} ${next}`)
  ) {
    return 2;
  }
  return 0;
}

/** Whether line i starts the other message (forwarded or original): a header line or an Outlook From/Sent block. */
function startsMessage(lines: readonly string[], i: number): boolean {
  const line = lines[i].trim();
  if (line.length > MAX_HEADER_LENGTH) return false;
  if (MESSAGE_HEADER.some((re) => re.test(line))) return true;
  if (!FROM_LINE.test(line)) return false;
  for (let j = i + 1; j < Math.min(lines.length, i + 4); j++) if (HEADER_LINE.test(lines[j].trim())) return true;
  return false;
}

/**
 * For each line, whether it is the writer's own (true) or quoted text, a quote header or the signature (false).
 * `marked` says which lines the field's structure already marks as quoted or a signature (HTML; `linesIn`).
 */
export function coachedLines(lines: readonly string[], closings: ClosingLines, marked: readonly boolean[] = []): boolean[] {
  const coached = lines.map((l, i) => !marked[i] && !isQuoteLine(l));
  let end = lines.length;
  for (let i = 0; i < end; i++) {
    const raw = lines[i];
    // Cheap checks first: every header has a colon, a # or a digit, or starts with a hyphen, a dash or an underscore.
    if (
      !raw.includes(':') &&
      !raw.includes('#') &&
      !/^\s*[-_–—]/.test(raw) &&
      !/^\s*\S+\s+\S*\d/.test(raw) &&
      !/^\s*(?:meddelande|message|customer|kundens|asiakkaan|viesti)\b/i.test(raw)
    )
      continue;
    const line = raw.trim();
    if (REPLY_ABOVE.some((re) => re.test(line)) && lines.slice(0, i).every((l) => l.trim() === '')) {
      coached[i] = false;
      continue;
    }
    if (line === '--' || startsMessage(lines, i) || (TICKET.test(line) && TICKET_HEADER.test(line))) {
      // The customer's message first, with its header at the very top, and the reply under a rule: only the
      // message is skipped.
      const atTop = line !== '--' && lines.slice(0, i).every((l) => l.trim() === '');
      const rule = atTop ? lines.findIndex((l, j) => j > i && SEPARATOR.test(l.trim())) : -1;
      if (rule > 0) {
        for (let k = i; k <= rule; k++) coached[k] = false;
        i = rule;
        continue;
      }
      // Without a rule, the reply starts at its greeting: a short line after a blank one ("Hei Ahmed,", "Dear Ms Lee,").
      const greeting = atTop ? lines.findIndex((l, j) => j > i + 1 && lines[j - 1].trim() === '' && GREETING.test(l.trim())) : -1;
      if (greeting > 0) {
        for (let k = i; k < greeting; k++) coached[k] = false;
        i = greeting - 1;
        continue;
      }
      end = i;
      break;
    }
    // A ticket or case number on a line of its own ("Ticket #77120" under a signature) is a reference, not prose.
    if (TICKET.exec(line)?.[0] === line) {
      coached[i] = false;
      continue;
    }
    if (/^(?:_{8,}|-{3,})$/.test(line)) {
      // A rule above the original's header block (Outlook draws one of underscores).
      if (i + 1 < lines.length && (startsMessage(lines, i + 1) || DATED_AUTHOR.test(lines[i + 1].trim()))) {
        end = i;
        break;
      }
      coached[i] = false;
      continue;
    }
    const n = isAttribution(line, lines[i + 1]?.trim());
    // Under the writer's sign-off, an attribution over lines that are not "> " quoted starts the customer's message,
    // quoted as helpdesks and top-posting mail tools do: everything from it on is theirs.
    if (n > 0 && !lines.slice(i + n).some(isQuoteLine) && signedOffAbove(lines, coached, i, closings)) {
      end = i;
      break;
    }
    for (let k = 0; k < n; k++) coached[i + k] = false;
    if (n === 2) i++;
  }
  end = threadHeaders(lines, coached, end, closings);
  for (let i = end; i < lines.length; i++) coached[i] = false;
  signOff(lines, coached, end, closings);
  return coached;
}

/**
 * A helpdesk thread's messages, newest first, each under its author and date ("Maya Lopez" / "Apr 8, 2025, 09:47
 * PDT"), as Zendesk and the like mail them under "reply above this line". The first header heads the writer's own
 * message when nothing of the writer's is above it (only the tool's notice, "Your request (#77140) has been
 * updated"): the notice and the header are skipped, and the next header starts the earlier messages. Under the
 * writer's own text (a greeting or a sign-off above it), the first header already starts them. Returns where the
 * writer's text ends.
 */
function threadHeaders(lines: readonly string[], coached: boolean[], end: number, closings: ClosingLines): number {
  const headers: number[] = [];
  for (let i = 1; i < end; i++) {
    const line = lines[i];
    if (line.length > 60 || !/\d/.test(line) || !DATE_LINE.test(line.trim())) continue;
    if (AUTHOR_LINE.test(lines[i - 1].trim()) && (i < 2 || lines[i - 2].trim() === '')) headers.push(i - 1);
  }
  if (!headers.length) return oneLineHeader(lines, coached, end, closings);
  const first = headers[0];
  const above = lines.slice(0, first).filter((l, k) => coached[k] && l.trim() !== '');
  if (above.some((l) => GREETING.test(l.trim()) || closings.signOff.test(l.trim()))) return first;
  for (let k = 0; k <= first + 1; k++) coached[k] = false;
  return headers.length > 1 ? headers[1] : end;
}

/**
 * A message headed by its author and date on one line, after a blank line, below the writer's sign-off: the customer's
 * message quoted under the signature ("Yours sincerely, … / Rajesh Patel, 21 May 2025, 18:50 / This is the second
 * time…"). Only below a sign-off: a writer's own line can name someone and a time ("Soitin Matille, 3.12.2026 klo 10.00").
 */
function oneLineHeader(lines: readonly string[], coached: boolean[], end: number, closings: ClosingLines): number {
  let signedOff = false;
  for (let i = 0; i < end; i++) {
    const line = lines[i].trim();
    if (!coached[i] || line === '') continue;
    if (isSignOff(line, closings)) signedOff = true;
    else if (signedOff && line.length <= 120 && i > 0 && lines[i - 1].trim() === '' && /^\p{Lu}/u.test(line) && AUTHOR_AND_DATE.test(line)) return i;
  }
  return end;
}

/**
 * The sign-off at the end of the writer's last stretch of text (the lines before the first line that is not
 * theirs, counting back from `end`): the last sign-off line followed by a few short lines (name, team, phone)
 * starts the signature, so a "Thanks!" in the body stays coached when "Best regards" follows it.
 */
function signOff(lines: readonly string[], coached: boolean[], end: number, closings: ClosingLines): void {
  let last = end - 1;
  while (last >= 0 && (!coached[last] || lines[last].trim() === '')) last--;
  if (last < 0) return;
  let first = last;
  while (first > 0 && coached[first - 1]) first--;
  let wish = -1;
  for (let i = last; i >= first; i--) {
    const line = lines[i].trim();
    if (line.length > 60) continue;
    if (isSignOff(line, closings)) {
      if (signature(lines, i + 1, last)) for (let k = i; k <= last; k++) coached[k] = false;
      return;
    }
    // The lowest closing wish over a name, among the last lines: used when no sign-off is found.
    if (wish < 0 && i < last && last - i <= MAX_SIGNATURE_LINES + 2 && closings.wish.test(line)) {
      const name = lines.slice(i + 1, last + 1).find((l) => l.trim() !== '');
      if (name && WISH_NAME.test(name.trim()) && signature(lines, i + 1, last)) wish = i;
    }
  }
  if (wish >= 0) {
    for (let k = wish + 1; k <= last; k++) coached[k] = false;
    return;
  }
  // No sign-off: a contact block at the end is the signature all the same ("Annika Forsman" / "bostadssekreterare"
  // / "BOSTADS AB KVARNEN" / "tfn 06 318 4420"): a paragraph of a few short lines under a blank one, led by a
  // name of two to four capitalised words, with an e-mail address or a phone number in it.
  let top = last;
  while (top > first && lines[top - 1].trim() !== '') top--;
  if (top === first || last - top + 1 > MAX_SIGNATURE_LINES || !NAME_LINE.test(lines[top].trim())) return;
  const block = lines.slice(top, last + 1).map((l) => l.trim());
  if (block.every((l) => l.length <= 80 && !/[.!?:]$/.test(l)) && block.some((l) => CONTACT.test(l))) {
    for (let k = top; k <= last; k++) coached[k] = false;
  }
}

/** Whether a trimmed line is a sign-off on a line of its own ("Warm regards,", "Ystävällisin terveisin"). */
function isSignOff(line: string, closings: ClosingLines): boolean {
  return line.length <= 40 && closings.signOff.test(line);
}

/** Whether a coached line above line `at` is a sign-off ("Warm regards,", "Ystävällisin terveisin"). */
function signedOffAbove(lines: readonly string[], coached: readonly boolean[], at: number, closings: ClosingLines): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const line = lines[i].trim();
    if (coached[i] && isSignOff(line, closings)) return true;
  }
  return false;
}

/** Whether the lines from `from` to `to` can be a signature: a few short lines. */
function signature(lines: readonly string[], from: number, to: number): boolean {
  const rest = lines.slice(from, to + 1).filter((l) => l.trim() !== '');
  return rest.length <= MAX_SIGNATURE_LINES && rest.every((l) => l.trim().length <= 80);
}

/**
 * Which lines of `text` lie wholly in `spans` (their non-blank part): the lines an HTML field's structure marks
 * as quoted or a signature. `spans` in text order.
 */
export function linesIn(text: string, spans: readonly TextSpan[]): boolean[] {
  const lines = text.split('\n');
  const out = new Array<boolean>(lines.length).fill(false);
  if (!spans.length) return out;
  let s = 0;
  let offset = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const lead = line.length - line.trimStart().length;
    const from = offset + lead;
    const to = offset + line.trimEnd().length;
    offset += line.length + 1;
    if (to <= from) continue; // blank: belongs to nobody
    while (s < spans.length && spans[s].end <= from) s++;
    out[i] = s < spans.length && spans[s].start <= from && spans[s].end >= to;
  }
  return out;
}
