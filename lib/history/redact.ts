/**
 * Privacy by redaction (docs/contract.md §3): before a snippet of a reply is stored, personal data in it is replaced
 * by placeholders. One scheme, the same in every UI language, so a placeholder never reads like real text:
 *
 *   [email]  e-mail address
 *   [phone]  phone number, Finnish (040 123 4567, 09-123 4567, (09) 1234 5678) or international (+358 …, 00 46 …)
 *   [hetu]   Finnish personal identity code (henkilötunnus): DDMMYY, century sign (+, -, A–F, U–Y), NNN, check character
 *   [iban]   IBAN (any country, with or without spaces; the mod-97 check must hold)
 *   [card]   payment card number, 13–19 digits with spaces or hyphens (the Luhn check must hold)
 *
 * Checks (date and check character of a hetu, mod 97 of an IBAN, Luhn of a card) keep dates, sums of money and
 * order numbers as they are. Pure functions; no browser globals.
 *
 * The patterns run on a normalised copy of the text (`normalizeForMatching`): letters a–z in capitals, every
 * kind of space (no-break, narrow, thin, zero-width…) as a space, every kind of hyphen or dash (non-breaking
 * hyphen, en dash, minus sign, soft hyphen…) as "-". Each character maps to one, so a match's offsets are the
 * original's: "131052-308t", "fi91 1234 5600 0007 86" and an IBAN with no-break spaces or hyphens are found.
 */

export type PersonalDataKind = 'email' | 'phone' | 'hetu' | 'iban' | 'card';

export const PLACEHOLDERS: Record<PersonalDataKind, string> = {
  email: '[email]',
  phone: '[phone]',
  hetu: '[hetu]',
  iban: '[iban]',
  card: '[card]',
};

export interface PersonalDataSpan {
  kind: PersonalDataKind;
  start: number;
  end: number;
}

// Lookarounds stand in for \b, which is ASCII-only in JavaScript (NOTES.md, "Finnish").
const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}(?![\p{L}\p{N}])/gu;
const HETU = /(?<![\p{L}\p{N}])(\d{2})(\d{2})(\d{2})([-+A-FU-Y])(\d{3})([0-9A-Y])(?![\p{L}\p{N}])/gu;
const IBAN = /(?<![\p{L}\p{N}])([A-Z]{2}\d{2}(?:[ -]?[A-Z0-9]{4}){2,7}(?:[ -]?[A-Z0-9]{1,3})?)(?![\p{L}\p{N}])/gu;
const CARD = /(?<![\p{L}\p{N}+-])\d(?:[ -]?\d){12,18}(?![\p{L}\p{N}])/gu;
/** International: + or 00, a country code (never 0), then 6–13 more digits with spaces, hyphens, dots or brackets. */
const PHONE_INTL = /(?<![\p{L}\p{N}+])(?:\+|00)[1-9](?:[ .-]?\(?\d\)?){6,13}(?![\p{L}\p{N}])/gu;
/** Finnish domestic: a trunk 0 and an area or operator code (040, 050, 09, 020…), then the subscriber number. */
const PHONE_FI = /(?<![\p{L}\p{N}.,])(?:\(0[1-9]\d{0,2}\)|0[1-9]\d{0,2})(?:[ -]?\d{2,4}){1,3}(?![\p{L}\p{N}]|[.,]\d)/gu;

const HETU_CHECK = '0123456789ABCDEFHJKLMNPRSTUVWXY';
const CENTURY: Record<string, number> = {
  '+': 1800,
  '-': 1900,
  U: 1900,
  V: 1900,
  W: 1900,
  X: 1900,
  Y: 1900,
  A: 2000,
  B: 2000,
  C: 2000,
  D: 2000,
  E: 2000,
  F: 2000,
};

/** Spaces of every kind (Unicode Zs, and the zero-width ones) and hyphens or dashes of every kind: one BMP unit each. */
const ODD_SPACE = /[\u00A0\u1680\u2000-\u200B\u202F\u205F\u2060\u3000\uFEFF]/;
const ODD_DASH = /[\u00AD\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/;
const TO_NORMALIZE = /[a-z\u00A0\u1680\u2000-\u200B\u202F\u205F\u2060\u3000\uFEFF\u00AD\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;

/**
 * The text as the patterns read it: a–z as A–Z, odd spaces as " ", odd hyphens and dashes as "-". One UTF-16
 * unit for one, so offsets carry over to the original text.
 */
export function normalizeForMatching(text: string): string {
  return text.replace(TO_NORMALIZE, (c) => (c <= 'z' ? c.toUpperCase() : ODD_SPACE.test(c) ? ' ' : ODD_DASH.test(c) ? '-' : c));
}

export function isValidHetu(value: string): boolean {
  const code = normalizeForMatching(value);
  const m = /^(\d{2})(\d{2})(\d{2})([-+A-FU-Y])(\d{3})([0-9A-Y])$/.exec(code);
  if (!m) return false;
  const [, dd, mm, yy, sign, nnn, check] = m;
  const year = CENTURY[sign] + Number(yy);
  const month = Number(mm);
  const day = Number(dd);
  if (month < 1 || month > 12 || day < 1) return false;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > days) return false;
  if (Number(nnn) < 2) return false;
  return HETU_CHECK[Number(dd + mm + yy + nnn) % 31] === check;
}

export function isValidIban(value: string): boolean {
  const iban = normalizeForMatching(value).replace(/[ -]/g, '');
  if (iban.length < 15 || iban.length > 34 || !/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(iban)) return false;
  const moved = iban.slice(4) + iban.slice(0, 4);
  let rest = 0;
  for (const ch of moved) {
    const n = ch >= 'A' ? ch.charCodeAt(0) - 55 : Number(ch);
    rest = n >= 10 ? (rest * 100 + n) % 97 : (rest * 10 + n) % 97;
  }
  return rest === 1;
}

export function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

function digitCount(s: string): number {
  let n = 0;
  for (const ch of s) if (ch >= '0' && ch <= '9') n++;
  return n;
}

/**
 * Every piece of personal data in `text`, in order, not overlapping (the more specific kind wins). Offsets are
 * into `text`; the patterns read its normalised copy.
 */
export function findPersonalData(original: string): PersonalDataSpan[] {
  const text = normalizeForMatching(original);
  const found: PersonalDataSpan[] = [];
  const taken = (start: number, end: number) => found.some((s) => start < s.end && s.start < end);
  const add = (kind: PersonalDataKind, start: number, end: number) => {
    if (!taken(start, end)) found.push({ kind, start, end });
  };
  for (const m of text.matchAll(EMAIL)) add('email', m.index, m.index + m[0].length);
  for (const m of text.matchAll(HETU)) if (isValidHetu(m[0])) add('hetu', m.index, m.index + m[0].length);
  for (const m of text.matchAll(IBAN)) {
    // The regex may take the words that follow into its last groups ("… 85 EUR", "… 4839 viikon" read in
    // capitals): shrink group by group until the checksum holds.
    const candidates = [m[0]];
    for (let i = m[0].length - 1; i >= 15; i--) if (m[0][i] === ' ' || m[0][i] === '-') candidates.push(m[0].slice(0, i));
    const value = candidates.find(isValidIban);
    if (value) add('iban', m.index, m.index + value.length);
  }
  for (const m of text.matchAll(CARD)) {
    const digits = m[0].replace(/[ -]/g, '');
    if (digits.length >= 13 && digits.length <= 19 && luhn(digits)) add('card', m.index, m.index + m[0].length);
  }
  for (const m of text.matchAll(PHONE_INTL)) {
    const n = digitCount(m[0]);
    if (n >= 8 && n <= 15) add('phone', m.index, m.index + m[0].length);
  }
  for (const m of text.matchAll(PHONE_FI)) {
    const n = digitCount(m[0]);
    if (n >= 7 && n <= 11) add('phone', m.index, m.index + m[0].length);
  }
  return found.sort((a, b) => a.start - b.start);
}

/** `text` with every piece of personal data replaced by its placeholder. Idempotent. */
export function redact(text: string): string {
  const spans = findPersonalData(text);
  if (spans.length === 0) return text;
  let out = '';
  let at = 0;
  for (const s of spans) {
    out += text.slice(at, s.start) + PLACEHOLDERS[s.kind];
    at = s.end;
  }
  return out + text.slice(at);
}

export const SNIPPET_CONTEXT = 40;
export const SNIPPET_MAX = 200;

/**
 * A short, redacted snippet of `text` around [start, end): the hinted words and up to `context` characters either
 * side, cut at word boundaries, never across a piece of personal data (which is replaced whole). Never the draft.
 */
export function makeSnippet(text: string, start: number, end: number, context = SNIPPET_CONTEXT): string {
  start = Math.max(0, Math.min(start, text.length));
  end = Math.max(start, Math.min(end, text.length));
  // Look for personal data in a wider window, so an address that crosses the snippet's edge is found whole.
  const margin = 80;
  const ws = Math.max(0, start - context - margin);
  const we = Math.min(text.length, end + context + margin);
  const spans = findPersonalData(text.slice(ws, we)).map((s) => ({ ...s, start: s.start + ws, end: s.end + ws }));
  let from = Math.max(0, start - context);
  let to = Math.min(text.length, end + context);
  // Whole words only.
  if (from > 0) {
    const space = text.slice(from, start).search(/\s/);
    if (space >= 0) from += space + 1;
  }
  if (to < text.length) {
    const tail = text.slice(end, to);
    const space = Math.max(tail.lastIndexOf(' '), tail.lastIndexOf('\n'), tail.lastIndexOf('\t'));
    if (space >= 0) to = end + space;
  }
  // Never cut through a piece of personal data: take it whole (it becomes a placeholder).
  for (const s of spans) {
    if (s.start < from && s.end > from) from = s.start;
    if (s.start < to && s.end > to) to = s.end;
  }
  let out = '';
  let at = from;
  for (const s of spans) {
    if (s.end <= from || s.start >= to) continue;
    out += text.slice(at, s.start) + PLACEHOLDERS[s.kind];
    at = s.end;
  }
  out += text.slice(at, to);
  out = out.replace(/\s+/g, ' ').trim();
  // A piece cut at the wide window's edge that no pattern recognised: drop a leftover token that looks like one.
  out = out
    .split(' ')
    .filter((tok, i, all) => !((i === 0 || i === all.length - 1) && all.length > 1 && (tok.includes('@') || digitCount(tok) >= 6)))
    .join(' ');
  const snippet = (from > 0 ? '…' : '') + out + (to < text.length ? '…' : '');
  return redact(snippet.length > SNIPPET_MAX ? `${snippet.slice(0, SNIPPET_MAX - 1)}…` : snippet);
}
