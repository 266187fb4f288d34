import { describe, expect, it } from 'vitest';
import { compilePattern, findAll, vmStats } from '../../lib/pattern/match';
import { parsePattern, PatternError } from '../../lib/pattern/parse';
import { words } from '../../lib/text/tokens';
import { seededRandom } from './helpers';

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
    expect(found('olisit|olisitte lukenut', 'Olisitte lukenut. Olisit lukenut. Olisit kysynyt.')).toEqual(['Olisitte lukenut', 'Olisit lukenut']);
  });

  it('separates whole phrases with | inside brackets', () => {
    expect(found('(emme voi|ei onnistu) nyt', 'Emme voi nyt. Se ei onnistu nyt. Emme nyt.')).toEqual(['Emme voi nyt', 'ei onnistu nyt']);
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

/**
 * A plain backtracking reading of a pattern, as a rule author would read it: options left to right, optional
 * words taken when they fit, gaps as short as they can be. The compiled matcher rewrites patterns for speed
 * (shared first words, one program per opening phrase); on random patterns and replies it must find exactly
 * this match, with the same captures.
 */
function reference(source: string, text: string, start: number) {
  const tokens = words(text);
  const root = parsePattern(source);
  const items = root.kind === 'seq' ? root.items : [root];
  const glob = (g: string) =>
    new RegExp(
      `^${g
        .toLowerCase()
        .split('*')
        .map((p) => p.replace(/[.']/g, '\\$&'))
        .join('.*')}$`,
    );
  type Node = ReturnType<typeof parsePattern>;
  const run = (node: Node, pos: number, k: (pos: number) => boolean): boolean => {
    switch (node.kind) {
      case 'word':
        return pos < tokens.length && glob(node.glob).test(tokens[pos].lower) && k(pos + 1);
      case 'any':
        return pos < tokens.length && k(pos + 1);
      case 'number':
        return pos < tokens.length && /\p{N}/u.test(tokens[pos].text) && k(pos + 1);
      case 'seq': {
        const chain = (i: number, p: number): boolean => (i === node.items.length ? k(p) : run(node.items[i], p, (q) => chain(i + 1, q)));
        return chain(0, pos);
      }
      case 'alt':
        return node.options.some((o) => run(o, pos, k));
      case 'opt':
        return run(node.node, pos, k) || k(pos);
      case 'gap':
        for (let skip = 0; skip <= node.max && pos + skip <= tokens.length; skip++) if (k(pos + skip)) return true;
        return false;
    }
  };
  const caps: number[] = [];
  let end = -1;
  const top = (i: number, p: number): boolean => {
    if (i === items.length) {
      end = p;
      return true;
    }
    caps[2 * i] = p;
    return run(items[i], p, (q) => {
      caps[2 * i + 1] = q;
      return top(i + 1, q);
    });
  };
  if (!top(0, start)) return null;
  const groups = items.map((_, g) => (caps[2 * g + 1] > caps[2 * g] ? [caps[2 * g], caps[2 * g + 1]] : null));
  return { start, end, groups };
}

describe('the compiled matcher against a plain reading of the pattern', () => {
  const random = seededRandom(7);
  // Few words, some sharing their start, so that options often compete for the same words.
  const VOCABULARY = ['we', 'will', 'not', 'able', 'willing', 'wait', '28'];
  const WORDS = [...VOCABULARY.slice(0, 6), 'will', 'we', 'will*', 'w*', '*ing', '_', '#'];
  const phrase = (depth: number): string => Array.from({ length: 1 + random(3) }, () => item(depth)).join(' ');
  const item = (depth: number): string => {
    const r = random(depth > 1 ? 4 : 8);
    if (r < 4) return WORDS[random(WORDS.length)];
    if (r < 6) return `(${Array.from({ length: 2 + random(4) }, () => option(depth + 1)).join('|')})`;
    return `[${phrase(depth + 1)}]`;
  };
  // Options that open with the same word, alone or with more after it, with globs among them.
  const OPTIONS = ['will', 'will not', 'will able', 'will not able', 'we', 'we not', 'w*', 'will* able', 'willing', '_ able', '# able', '[not] able'];
  const option = (depth: number): string => (random(2) ? OPTIONS[random(OPTIONS.length)] : phrase(depth));
  const pattern = (): string => {
    const parts = [item(0)];
    for (let n = random(3); n > 0; n--) parts.push(...(random(3) === 0 ? [`...${1 + random(3)}`] : []), item(0));
    return parts.join(' ');
  };
  /** Patterns from `count` tries of the generator, less those the language refuses (a gap at an end, nothing required). */
  function* validPatterns(count: number): Generator<string> {
    for (let p = 0; p < count; p++) {
      const source = pattern();
      try {
        parsePattern(source);
      } catch {
        continue;
      }
      yield source;
    }
  }

  it('finds the same match, with the same captures, at every word', async () => {
    const { compileAlternatives, matchAt } = await import('../../lib/pattern/match');
    let compared = 0;
    for (const source of validPatterns(1500)) {
      const whole = compilePattern(source);
      const pieces = compileAlternatives(source);
      for (let t = 0; t < 12; t++) {
        const text = Array.from({ length: random(7) }, () => VOCABULARY[random(VOCABULARY.length)]).join(' ');
        const tokens = words(text);
        for (let i = 0; i < tokens.length; i++) {
          const expected = reference(source, text, i);
          expect(matchAt(whole, tokens, i), `${source} on "${text}" at ${i}`).toEqual(expected);
          // The pieces are tried in order and the first that matches is the match.
          const first = pieces.map((piece) => matchAt(piece, tokens, i)).find((m) => m) ?? null;
          expect(first, `pieces of ${source} on "${text}" at ${i}`).toEqual(expected);
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(20_000);
  });

  it('skips a word that starts no match with the recogniser’s answer and its count of steps (the first-word filter)', async () => {
    const { matchesAt, recognise } = await import('../../lib/pattern/match');
    // The vocabulary, a word that starts nothing, and capitals for the case-sensitive programs.
    const TEXT = [...VOCABULARY, 'zebra', 'Will', 'WE'];
    let skipped = 0;
    let compared = 0;
    for (const source of validPatterns(1500)) {
      const program = compilePattern(source, random(4) === 0);
      for (let t = 0; t < 6; t++) {
        const tokens = words(Array.from({ length: 1 + random(6) }, () => TEXT[random(TEXT.length)]).join(' '));
        for (let i = 0; i < tokens.length; i++) {
          vmStats.steps = 0;
          const expected = recognise(program, tokens, i);
          const steps = vmStats.steps;
          vmStats.steps = 0;
          expect(matchesAt(program, tokens, i), `${source} at ${i} of ${tokens.map((x) => x.text).join(' ')}`).toBe(expected);
          expect(vmStats.steps, `steps of ${source} at ${i} of ${tokens.map((x) => x.text).join(' ')}`).toBe(steps);
          if (!expected && steps === program.code.start?.steps) skipped++;
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(10_000);
    expect(skipped).toBeGreaterThan(1000);
  });
});
