import { describe, expect, it } from 'vitest';
import { findPersonalData, isValidHetu, isValidIban, luhn, makeSnippet, redact } from '../../lib/history/redact';

describe('redaction', () => {
  it.each([
    ['Vastaan osoitteeseen maija.meikalainen@example.fi huomenna.', 'Vastaan osoitteeseen [email] huomenna.'],
    ['Lähetä kuitti: Pekka.O-Virtanen+tilaus@posti.kunta.fi.', 'Lähetä kuitti: [email].'],
    ['Write to sam_o@support.example.co.uk, please.', 'Write to [email], please.'],
    ['Soita 040 123 4567 arkisin.', 'Soita [phone] arkisin.'],
    ['Numero on 040-1234567.', 'Numero on [phone].'],
    ['Numero on 0401234567.', 'Numero on [phone].'],
    ['Vaihde (09) 1234 5678, klo 8–16.', 'Vaihde [phone], klo 8–16.'],
    ['Toimisto 09 123 4567.', 'Toimisto [phone].'],
    ['Soita +358 40 123 4567 tai +358401234567.', 'Soita [phone] tai [phone].'],
    ['Ulkomailta 00358 50 765 4321.', 'Ulkomailta [phone].'],
    ['Call +44 20 7946 0958 or +1 (555) 123-4567.', 'Call [phone] or [phone].'],
    ['Ring +46 8 123 456 78.', 'Ring [phone].'],
    ['Henkilötunnukseni on 131052-308T.', 'Henkilötunnukseni on [hetu].'],
    ['Lapsen tunnus 150805A234Y ja isän 010594Y9032.', 'Lapsen tunnus [hetu] ja isän [hetu].'],
    ['Vanha tunnus 311299-4026 ja 010100+123D.', 'Vanha tunnus [hetu] ja [hetu].'],
    ['Tilinumero FI21 1234 5600 0007 85.', 'Tilinumero [iban].'],
    ['Tilille FI2112345600000785 viikon sisällä.', 'Tilille [iban] viikon sisällä.'],
    ['Konto DE89 3704 0044 0532 0130 00 und GB82 WEST 1234 5698 7654 32.', 'Konto [iban] und [iban].'],
    ['Kortti 4111 1111 1111 1111 veloitettiin.', 'Kortti [card] veloitettiin.'],
    ['Card 5555-5555-5555-4444 and Amex 378282246310005.', 'Card [card] and Amex [card].'],
  ])('%s', (input, expected) => {
    expect(redact(input)).toBe(expected);
  });

  it.each([
    'Tilaus 2024-118734 saapui 12.3.2025 klo 09.30.',
    'Summa 1 250,90 € ja toinen 129,90 €, yhteensä €1,250.00.',
    'Tilausnumero ORD-558812, asiakasnumero 100234567.',
    'Päätös tehtiin 2025-03-12 ja 03.12.2025, viite 13 45678.',
    'Lasku 1234567890123 erääntyy 30.11.',
    'Tunnus 131052-308X ei ole oikea henkilötunnus.',
    'Tili FI21 1234 5600 0007 86 (väärä tarkiste).',
    'Kortti 4111 1111 1111 1112 (Luhn ei täsmää).',
    'Hinta 49 € / kk, 12 kk sopimus, puh. vaihtoehdot 1–3.',
    'Olemme pahoillamme viivästyksestä. Palaamme asiaan perjantaina 28.11.',
  ])('leaves "%s" as it is', (text) => {
    expect(findPersonalData(text)).toEqual([]);
    expect(redact(text)).toBe(text);
  });

  it('is idempotent', () => {
    const once = redact('maija@example.fi, 040 123 4567, 131052-308T, FI21 1234 5600 0007 85, 4111 1111 1111 1111');
    expect(once).toBe('[email], [phone], [hetu], [iban], [card]');
    expect(redact(once)).toBe(once);
  });

  it('checks hetu, IBAN and Luhn', () => {
    expect(isValidHetu('131052-308T')).toBe(true);
    expect(isValidHetu('310252-308T')).toBe(false); // 31 February
    expect(isValidIban('FI2112345600000785')).toBe(true);
    expect(isValidIban('FI2112345600000786')).toBe(false);
    expect(luhn('4111111111111111')).toBe(true);
    expect(luhn('4111111111111112')).toBe(false);
  });
});

describe('snippets', () => {
  const draft =
    'Hei Maija,\nkiitos viestistäsi. Olisit lukenut ohjeet huolellisemmin, niin tilaus 2024-118734 olisi ehtinyt ajoissa. ' +
    'Voit soittaa minulle numeroon 040 123 4567 tai kirjoittaa osoitteeseen maija.meikalainen@example.fi. '.repeat(3) +
    'Ystävällisin terveisin, Pekka';

  it('keeps the hinted words with a little context, never the whole draft', () => {
    const start = draft.indexOf('Olisit lukenut');
    const s = makeSnippet(draft, start, start + 'Olisit lukenut ohjeet'.length);
    expect(s).toContain('Olisit lukenut ohjeet');
    expect(s.length).toBeLessThan(140);
    expect(s).toContain('huolellisemmin');
    expect(s).not.toContain('Pekka');
    expect(draft.length).toBeGreaterThan(s.length * 3);
  });

  it('replaces personal data whole, even when it crosses the snippet edge', () => {
    const at = draft.indexOf('kirjoittaa');
    for (const context of [5, 12, 20, 30, 45]) {
      const s = makeSnippet(draft, at, at + 'kirjoittaa'.length, context);
      expect(s).not.toMatch(/@|meikalainen|4567|123 45/);
    }
    const s = makeSnippet(draft, at, at + 'kirjoittaa'.length, 50);
    expect(s).toContain('[email]');
  });
});
