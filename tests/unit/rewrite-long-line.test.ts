import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/index';

// A paragraph pasted as one long line: the checker judges each rewrite on the hint's sentence and its neighbours
// (lib/rewrite/check.ts `around`), and must offer exactly what it offers on a short reply.
describe('rewrites on a very long line', () => {
  it('are the same as on a short line, at its start, middle and end', () => {
    const filler = 'Tilaus on kirjattu järjestelmään ja paketti lähtee varastolta maanantaina. ';
    const short = (s: string) => analyze(s, { lang: 'fi' }).hints.map((h) => [h.ruleId, h.text, h.suggestions]);
    const sentences = [
      'Kuten jo mainitsin, laskunne on maksettu. ',
      'Kiitos viestistä!! ',
      'Täytä ao. lomake. ',
      'Maksu on kuukausittainen, ts. se veloitetaan joka kuu. ',
    ];
    for (const s of sentences) {
      const want = short(s.trim());
      expect(
        want.some(([, , sug]) => (sug as string[]).length || s.includes('ao.')),
        s,
      ).toBe(true);
      for (const at of [0, 30, 60]) {
        const text = (filler.repeat(at) + s + filler.repeat(60 - at)).trim();
        expect(text.length).toBeGreaterThan(2000);
        const got = analyze(text, { lang: 'fi' }).hints.map((h) => [h.ruleId, h.text, h.suggestions]);
        expect(got, `${s} after ${at} sentences`).toEqual(want);
      }
    }
  });
});
