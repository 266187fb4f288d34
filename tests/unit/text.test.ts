import { describe, expect, it } from 'vitest';
import { bundledRuleset } from '../../lib/ruleset/bundled';
import { bestLanguage, languageDetector, scoreTokens } from '../../lib/text/language';
import { closingLines, coachedLines as coachedLinesWith } from '../../lib/text/regions';
import { endsInQuestionMark, isSmallLatin, sentences, words, wordsByExpression } from '../../lib/text/tokens';
import { seededRandom } from './helpers';

const SAMPLES = [
  'Hei Maija, kiitos viestistäsi! Päätös tulee OmaKela-palveluun 28.11. klo 10.00 mennessä, esim. pe.',
  "We'll reply by Friday 28 November; don’t worry — it's e.g. 1,500.25 EUR at x.fi or maija@example.com.",
  'Hej Anna! Tack för att du hörde av dig. Vi återkommer senast kl. 12.00, t.ex. på fredag.',
  'EU:n tuki, SLA:n mukaan, 3–5 päivää; 040-123 4567, FI21 1234 5600 0007 85 ja 10 %:n korotus.',
  'Asiakas_numero 12345 / ref#9 (tiketti) "lainaus" «citat» … ja niin edelleen.',
];

describe('words', () => {
  it.each(SAMPLES)('finds the same words as Intl.Segmenter in %j', (text) => {
    const segmenter = new Intl.Segmenter('fi', { granularity: 'word' });
    const expected = [...segmenter.segment(text)].filter((s) => s.isWordLike).map((s) => [s.segment, s.index]);
    expect(words(text).map((t) => [t.text, t.start])).toEqual(expected);
  });

  it('reads words exactly as the word expression does, on random text of joiners, digits and letters', () => {
    // The fast path scans by hand; the expression is the definition (checked against the segmenter above).
    const alphabet = ['a', 'Ä', 'ö', 'ß', 'ª', 'ǅ', 'ẞ', 'ℓ', '_', '1', '²', '9', '.', ',', ';', ':', "'", '’', '·', '-', ' ', '!', '€', '\u00a0'];
    const random = seededRandom(3);
    for (let i = 0; i < 3000; i++) {
      const text = Array.from({ length: random(16) }, () => alphabet[random(alphabet.length)]).join('');
      expect(
        words(text).map((t) => t.text),
        JSON.stringify(text),
      ).toEqual(wordsByExpression(text));
    }
  });

  it('uses the segmenter itself for scripts without spaces between words', () => {
    expect(words('東京へようこそ').length).toBeGreaterThan(1);
  });
});

describe('endsInQuestionMark', () => {
  it('reads a question mark before closing quotes and brackets, and nothing else, as asking', () => {
    for (const q of [
      'Miksi ensimmäisiltä päiviltä ei makseta päivärahaa?',
      'He asked: “Why not?”',
      '(Kan ni ringa mig?) ',
      'Varför?»',
      'Tavaroita EI SAA jättää edes hetkeksi?!',
    ])
      expect(endsInQuestionMark(q), q).toBe(true);
    for (const s of ['Emme voi maksaa.', 'Why? Because the form was late.', 'Is it late?!.']) expect(endsInQuestionMark(s), s).toBe(false);
  });
});

describe('isSmallLatin', () => {
  it('says yes only for small letters, and for every small letter a Finnish, Swedish or English word starts with', () => {
    for (let c = 0; c < 0x3000; c++) if (isSmallLatin(c)) expect(String.fromCharCode(c)).toMatch(/\p{Ll}/u);
    for (const ch of 'abcxyzåäöéüßøæÿ') expect(isSmallLatin(ch.charCodeAt(0))).toBe(true);
    for (const ch of 'AZÅÄÖÉ÷×09.- ') expect(isSmallLatin(ch.charCodeAt(0))).toBe(false);
  });
});

describe('sentences', () => {
  const split = (s: string) => sentences(s).map((x) => s.slice(x.start, x.end));

  it('splits at sentence ends', () => {
    expect(split('Kiitos viestistä. Palaamme asiaan! Sopiiko? Kyllä.')).toEqual(['Kiitos viestistä.', 'Palaamme asiaan!', 'Sopiiko?', 'Kyllä.']);
  });

  it('does not split after an abbreviation before a capital, as Intl.Segmenter does', () => {
    expect(split('Voit asioida esim. Helsingissä tai ks. OmaKela. Kiitos.')).toEqual(['Voit asioida esim. Helsingissä tai ks. OmaKela.', 'Kiitos.']);
    expect(split('Ring t.ex. Stockholm. We use e.g. Outlook.')).toEqual(['Ring t.ex. Stockholm.', 'We use e.g. Outlook.']);
  });

  it('reads a single capital as an initial after a name, and as the end of a sentence after a word in small letters', () => {
    expect(split('Soita Matti K. Virtaselle. K. Virtanen vastaa.')).toEqual(['Soita Matti K. Virtaselle.', 'K. Virtanen vastaa.']);
    expect(split('Auto saa seistä vyöhykkeellä K. Muistutan tästä.')).toEqual(['Auto saa seistä vyöhykkeellä K.', 'Muistutan tästä.']);
    expect(split('We moved you to plan B. The price stays.')).toEqual(['We moved you to plan B.', 'The price stays.']);
    // After a number the letter is a unit.
    expect(split('Ni har säkringar på 3x25 A. Prisändringen gäller från januari.')).toEqual([
      'Ni har säkringar på 3x25 A.',
      'Prisändringen gäller från januari.',
    ]);
    expect(split('The socket gives 230 V. The charger needs the same.')).toEqual(['The socket gives 230 V.', 'The charger needs the same.']);
  });

  it('reads a single small letter before a capital as the end of a sentence (Swedish "i" as a particle)', () => {
    expect(split('Kortet ligger kvar i läsaren som Anna satte i. Sedan startar du om.')).toEqual([
      'Kortet ligger kvar i läsaren som Anna satte i.',
      'Sedan startar du om.',
    ]);
    expect(split('Fyll i. Skicka sedan blanketten.')).toEqual(['Fyll i.', 'Skicka sedan blanketten.']);
    expect(split('Se s. 12 i villkoren.')).toEqual(['Se s. 12 i villkoren.']);
  });

  it('reads any space between sentences, and an abbreviation or initial in any script’s letters', () => {
    // A tab, a no-break space and an em space end a sentence as a space does; leading and trailing ones are not in it.
    expect(split(' \tKiitos viestistä.\tPalaamme asiaan.\u00a0Sopiiko?\u2003Kyllä.\u00a0 ')).toEqual([
      'Kiitos viestistä.',
      'Palaamme asiaan.',
      'Sopiiko?',
      'Kyllä.',
    ]);
    // The word before the stop is read back over letters of any script ("kesäk.", "Ö."), not only ASCII ones.
    expect(split('Maksu tulee kesäk. Lopussa. Soita Åsa Ö. Berg. Hän vastaa.')).toEqual([
      'Maksu tulee kesäk. Lopussa.',
      'Soita Åsa Ö. Berg.',
      'Hän vastaa.',
    ]);
  });

  it('splits after a date that ends a sentence', () => {
    expect(split('Päätös tulee perjantaina 28.11. Tuki maksetaan heti.')).toEqual(['Päätös tulee perjantaina 28.11.', 'Tuki maksetaan heti.']);
  });
});

describe('language detection', () => {
  const detect = (text: string) => bestLanguage(scoreTokens(words(text), languageDetector(bundledRuleset().functionWords)));
  it.each([
    ['Hei Maija, kiitos viestistäsi.', 'fi'],
    ['Ymmärrän, että tilanne on harmillinen.', 'fi'],
    ['Hi Sam, thanks for letting us know.', 'en'],
    ['I understand how frustrating this is.', 'en'],
    ['Hej Anna, tack för att du hörde av dig.', 'sv'],
    ['Jag förstår att det här är besvärligt.', 'sv'],
    ['Kiitos!', 'fi'],
    ['Thanks!', 'en'],
    ['Tack!', 'sv'],
  ])('tells %j is %s', (text, lang) => {
    expect(detect(text)).toBe(lang);
  });

  it('says nothing rather than guess for words it does not know', () => {
    expect(detect('Xyzzy')).toBeNull();
  });
});

describe('sign-offs', () => {
  const coachedLines = (lines: string[]) => coachedLinesWith(lines, closingLines(bundledRuleset().closings));
  it('treats a closing "Thanks," followed by a name as the signature', () => {
    expect(coachedLines(['Hi Raj,', 'we will call you today.', 'Thanks,', 'Shop team'])).toEqual([true, true, false, false]);
  });

  it('keeps a "Thanks!" in the body when a later sign-off follows', () => {
    expect(coachedLines(['Hi Raj,', 'Thanks!', '', 'Best regards,', 'Tom'])).toEqual([true, true, true, false, false]);
  });
});
