import { describe, expect, it } from 'vitest';
import { compilePattern, findAll, vmStats } from '../../lib/pattern/match';
import { parsePattern, PatternError } from '../../lib/pattern/parse';
import { words } from '../../lib/text/tokens';

function found(pattern: string, text: string): string[] {
  const tokens = words(text);
  return findAll(compilePattern(pattern), tokens).map((m) => text.slice(tokens[m.start].start, tokens[m.end - 1].end));
}

describe('the pattern language', () => {
  it('matches a word stem with a wildcard in every inflected form', () => {
    expect(found('pahoittel*', 'Pahoittelemme. Pahoittelut! Pahoitteluni, pahoittelen.')).toEqual([
      'Pahoittelemme',
      'Pahoittelut',
      'Pahoitteluni',
      'pahoittelen',
    ]);
  });

  it('treats capital A, O, U as the two vowels of Finnish vowel harmony', () => {
    expect(found('tilanteessA', 'tilanteessa ja tilanteessä, ei tilanteesso')).toEqual(['tilanteessa', 'tilanteessä']);
    expect(found('*llä', 'kädellä ja jalalla')).toEqual(['kädellä']);
    expect(found('*llA', 'kädellä ja jalalla')).toEqual(['kädellä', 'jalalla']);
  });

  it('ignores case and punctuation between words', () => {
    expect(found('kuten jo mainitsin', 'KUTEN, jo — mainitsin!')).toEqual(['KUTEN, jo — mainitsin']);
  });

  it('takes optional words when they are there', () => {
    expect(found('kuten [jo] [aiemmin] mainit*', 'Kuten jo aiemmin mainitsin. Kuten mainittu.')).toEqual([
      'Kuten jo aiemmin mainitsin',
      'Kuten mainittu',
    ]);
  });

  it('options for one word bind tighter than the words around them', () => {
    expect(found('olisit|olisitte lukenut', 'Olisitte lukenut. Olisit lukenut. Olisit kysynyt.')).toEqual([
      'Olisitte lukenut',
      'Olisit lukenut',
    ]);
  });

  it('separates whole phrases with | inside brackets', () => {
    expect(found('(emme voi|ei onnistu) nyt', 'Emme voi nyt. Se ei onnistu nyt. Emme nyt.')).toEqual([
      'Emme voi nyt',
      'ei onnistu nyt',
    ]);
  });

  it('bridges a gap of at most the given number of words', () => {
    expect(found('palaamme ... asiaan', 'Palaamme teille pian asiaan.')).toEqual(['Palaamme teille pian asiaan']);
    expect(found('palaamme ...1 asiaan', 'Palaamme teille pian asiaan.')).toEqual([]);
    expect(found('palaamme ... asiaan', 'Palaamme yksi kaksi kolme neljä asiaan.')).toEqual([]);
  });

  it('has a word for any number', () => {
    expect(found('# mennessä', 'Saat päätöksen 28.11. mennessä.')).toEqual(['28.11. mennessä']);
  });

  it('splits hyphenated words as the text does', () => {
    expect(found('omakela-palvelu*', 'Katso OmaKela-palvelusta.')).toEqual(['OmaKela-palvelusta']);
  });

  it.each([
    ['(emme voi', /never closed/],
    ['emme voi)', /without its opening/],
    ['[jo]', /at least one word/],
    ['... asiaan', /gap/],
    ['palaamme ...12 asiaan', /1 to 8 words/],
    ['ei käy!!', /punctuation/],
    ['*', /write _/],
    ['a||b', /empty alternative/],
  ])('refuses %j with a message a supervisor can act on', (pattern, message) => {
    expect(() => parsePattern(pattern)).toThrow(PatternError);
    expect(() => parsePattern(pattern)).toThrow(message);
  });
});

describe('matching cost', () => {
  // Patterns written to be catastrophic for a backtracking regex engine: nested options that all match the
  // same word, long optional chains and gaps. The VM's work must still grow linearly with the text.
  const hostile = [
    '(a|a a|a a a|a a a a) (a|a a|a a a) [a] [a] [a] ...8 a ...8 b',
    '[a [a [a [a [a]]]]] ...8 [a] ...8 a ...8 x',
    'a* *a* *a *a*a*a*a*a*a*a*a*b',
  ];

  it.each(hostile)('stays linear in the text length for %j', (pattern) => {
    const program = compilePattern(pattern);
    const cost = (n: number) => {
      const tokens = words(Array.from({ length: n }, (_, i) => (i % 3 === 2 ? 'a'.repeat(30) : 'a')).join(' '));
      vmStats.steps = 0;
      findAll(program, tokens);
      return vmStats.steps;
    };
    const small = cost(500);
    const large = cost(5000);
    expect(small).toBeGreaterThan(500);
    // Ten times the text costs about ten times the work (not 100× or 2^n).
    expect(large / small).toBeGreaterThan(8);
    expect(large / small).toBeLessThan(12);
    // And a bounded amount per word.
    expect(large / 5000).toBeLessThan(program.insts.length * (program.maxWords + 1));
  });
});
