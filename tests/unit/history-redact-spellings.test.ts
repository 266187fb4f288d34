/**
 * Issue 10, attack 6: redaction missed lower case and other separators ("131052-308t", "fi91 1234 5600 0007 86"
 * were stored raw; IBANs with no-break spaces or hyphens too). Property tests: valid identifiers, generated,
 * written in many spellings (case, every kind of space and hyphen, grouping), inside Finnish, English and Swedish
 * sentences, through redact() and makeSnippet(): the digits never survive, the placeholder is there.
 */
import { describe, expect, it } from 'vitest';
import { findPersonalData, isValidHetu, isValidIban, luhn, makeSnippet, redact } from '../../lib/history/redact';
import { seededRandom } from './helpers';

const random = seededRandom(6);
const pick = <T>(list: readonly T[]): T => list[random(list.length)];
const digits = (n: number) => Array.from({ length: n }, () => String(random(10))).join('');

const SPACES = [' ', '\u00A0', '\u202F', '\u2009', '\u2007', '\u2002', '\u200B', '\u3000'];
const HYPHENS = ['-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2212', '\uFE63', '\uFF0D', '\u00AD'];
const SEPARATORS = [...SPACES, ...HYPHENS, ''];

/** Some letters in small letters, some in capitals. */
function anyCase(s: string): string {
  const mode = random(3);
  if (mode === 0) return s.toLowerCase();
  if (mode === 1) return s.toUpperCase();
  return [...s].map((c) => (random(2) ? c.toLowerCase() : c.toUpperCase())).join('');
}

function hetu(): string {
  const year = 1900 + random(125);
  const month = 1 + random(12);
  const day = 1 + random(new Date(Date.UTC(year, month, 0)).getUTCDate());
  const nnn = String(2 + random(897)).padStart(3, '0');
  const dd = String(day).padStart(2, '0');
  const mm = String(month).padStart(2, '0');
  const yy = String(year % 100).padStart(2, '0');
  const sign = year >= 2000 ? pick(['A', 'B', 'C', 'D', 'E', 'F']) : pick(['-', 'Y', 'X', 'W', 'V', 'U']);
  const check = '0123456789ABCDEFHJKLMNPRSTUVWXY'[Number(dd + mm + yy + nnn) % 31];
  return `${dd}${mm}${yy}${sign}${nnn}${check}`;
}

function iban(country = pick(['FI', 'DE', 'SE', 'EE', 'GB'])): string {
  const bban = country === 'GB' ? `WEST${digits(14)}` : digits(country === 'FI' ? 14 : country === 'SE' ? 20 : country === 'EE' ? 16 : 18);
  const numeric = [...`${bban}${country}00`].map((c) => (c >= 'A' ? String(c.charCodeAt(0) - 55) : c)).join('');
  let rest = 0;
  for (const d of numeric) rest = (rest * 10 + Number(d)) % 97;
  return `${country}${String(98 - rest).padStart(2, '0')}${bban}`;
}

function card(): string {
  const body = `4${digits(14)}`;
  for (let d = 0; d < 10; d++) if (luhn(body + d)) return body + d;
  throw new Error('unreachable');
}

/** An identifier written in groups of `size` with one separator (of any kind) between them. */
function grouped(value: string, size: number): string {
  const sep = pick(SEPARATORS);
  const groups: string[] = [];
  for (let i = 0; i < value.length; i += size) groups.push(value.slice(i, i + size));
  return groups.join(sep);
}

const SENTENCES = [
  (x: string) => `Henkilötunnukseni on ${x}, tarkistakaa se.`,
  (x: string) => `Maksu tilille ${x} viikon sisällä.`,
  (x: string) => `My details: ${x}. Thanks!`,
  (x: string) => `Mitt nummer är ${x} och jag väntar på svar.`,
  (x: string) => `${x}`,
  (x: string) => `(${x})`,
];

/** The identifier's letters and digits, in capitals: what must not survive in any spelling. */
const core = (s: string) => s.toUpperCase().replace(/[^A-Z0-9]/g, '');
const coreOfOutput = (s: string) => s.toUpperCase().replace(/[^A-Z0-9]/g, '');

describe('redaction reads every spelling', () => {
  it("the issue's two", () => {
    expect(redact('Tunnus 131052-308t.')).toBe('Tunnus [hetu].');
    expect(redact('Tili fi91 1234 5600 0007 86.')).toBe('Tili [iban].');
    expect(redact('Tili FI91\u00A01234\u00A05600\u00A00007\u00A086.')).toBe('Tili [iban].');
    expect(redact('Tili FI91-1234-5600-0007-86.')).toBe('Tili [iban].');
  });

  it.each([
    [
      'hetu',
      () => {
        const h = hetu();
        const sep = pick(['-', '\u2010', '\u2011', '\u2013', '\u2212']);
        return { value: anyCase(h.replace(/^(\d{6})-/, `$1${sep}`)), placeholder: '[hetu]' };
      },
    ],
    ['IBAN', () => ({ value: anyCase(grouped(iban(), 4)), placeholder: '[iban]' })],
    ['card', () => ({ value: grouped(card(), pick([4, 4, 4, 16])), placeholder: '[card]' })],
  ] as const)('%s: 500 spellings in sentences, through redact() and makeSnippet()', (_kind, make) => {
    for (let i = 0; i < 500; i++) {
      const { value, placeholder } = make();
      const text = pick(SENTENCES)(value);
      const out = redact(text);
      expect(out, JSON.stringify(text)).toContain(placeholder);
      expect(coreOfOutput(out), JSON.stringify(text)).not.toContain(core(value).slice(-8));
      const at = text.indexOf(value);
      const snippet = makeSnippet(text, Math.max(0, at - 3), Math.min(text.length, at + 3));
      expect(coreOfOutput(snippet), JSON.stringify(text)).not.toContain(core(value).slice(-8));
    }
  });

  it('phones with any space or hyphen between the groups', () => {
    for (let i = 0; i < 300; i++) {
      const national = `04${random(10)}${digits(7)}`;
      const value = random(2)
        ? [national.slice(0, 3), national.slice(3, 6), national.slice(6)].join(pick(SEPARATORS.filter(Boolean)))
        : `+358${pick(SPACES)}${national.slice(1, 3)}${pick(SEPARATORS)}${national.slice(3, 6)}${pick(SEPARATORS)}${national.slice(6)}`;
      const out = redact(`Soita ${value} arkisin.`);
      expect(out, JSON.stringify(value)).toBe('Soita [phone] arkisin.');
    }
  });

  it('e-mail addresses in any case', () => {
    for (const address of ['MAIJA.Meikalainen@Example.FI', 'maija@EXAMPLE.fi', 'Sam_O@Support.Example.Co.UK']) {
      expect(redact(`Kirjoita ${address} pian.`)).toBe('Kirjoita [email] pian.');
    }
  });

  it('still leaves dates, sums and order numbers, in any spelling, as they are', () => {
    for (const text of [
      'Tilaus 2024\u2011118734 saapui 12.3.2025 klo 09.30.',
      'Summa 1\u00A0250,90 € ja 129,90\u202F€.',
      'tilausnumero ord-558812, asiakasnumero 100234567.',
      'Päätös tehtiin 2025\u20132026 ja 03.12.2025, viite 13\u00A045678.',
      'tunnus 131052-308x ei ole oikea henkilötunnus.',
      'tili fi21 1234 5600 0007 86 (väärä tarkiste).',
      'kortti 4111\u00A01111\u00A01111\u00A01112 (Luhn ei täsmää).',
      'Olemme pahoillamme viivästyksestä – palaamme asiaan perjantaina 28.11.',
    ]) {
      expect(findPersonalData(text), text).toEqual([]);
      expect(redact(text)).toBe(text);
    }
  });

  it('checks accept the same spellings', () => {
    expect(isValidHetu('131052-308t')).toBe(true);
    expect(isValidHetu('131052\u2011308T')).toBe(true);
    expect(isValidIban('fi91 1234 5600 0007 86')).toBe(true);
    expect(isValidIban('FI91\u00A01234-5600-0007-86')).toBe(true);
  });
});
