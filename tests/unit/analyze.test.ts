import { describe, expect, it } from 'vitest';
import { Analyzer } from '../../lib/engine/analyze';
import { withRewrites } from '../../lib/rewrite/check';
import { compiledTestRuleset, seededRandom } from './helpers';

const rules = compiledTestRuleset();
const analyze = (text: string, lang: 'fi' | 'en' | 'auto' = 'auto') => withRewrites(text, new Analyzer(rules, { lang }).analyze(text), rules);
const categories = (text: string) => analyze(text).hints.map((h) => h.category);

describe('analyze', () => {
  it('reports hints with UTF-16 offsets whose slice is the hinted text', () => {
    const text = 'Hei 👋 Maija!\n\nOlisit lukenut ohjeet, kiitos.';
    const [hint] = analyze(text).hints;
    expect(hint).toMatchObject({ ruleId: 't.blame.olisit', category: 'blame', severity: 'warning', text: 'Olisit lukenut' });
    expect(text.slice(hint.start, hint.end)).toBe('Olisit lukenut');
    expect(hint.message).toBe('Syyllistävää.');
    expect(hint.suggestions).toEqual(['Tarvitsemme vielä']);
  });

  it('fills rewrites with the matched words and keeps the capital of the original', () => {
    const [hint] = analyze('Hei, tietysti voit tehdä sen itse.').hints;
    expect(hint.text).toBe('tietysti voit');
    expect(hint.suggestions).toEqual(['voit']);
    const [first] = analyze('Tietysti voit tehdä sen itse.').hints;
    expect(first.suggestions).toEqual(['Voit']);
  });

  it('lets an exception in the same sentence cancel a hint, but not one in another sentence', () => {
    expect(categories('Valitettavasti emme voi, mutta voimme auttaa toisin.')).toEqual([]);
    expect(categories('Valitettavasti emme voi. Mutta voimme auttaa toisin.')).toEqual(['negative-framing']);
  });

  it('does not coach quoted customer text or the signature', () => {
    const text = [
      'Hei Maija,',
      '',
      'kiitos viestistä.',
      '',
      'Ystävällisin terveisin',
      'Anu / KELA ASIAKASPALVELU!!',
      '',
      'ma 23.11.2026 klo 10.00 Maija Meikäläinen kirjoitti:',
      '> Olisit lukenut viestini!!',
    ].join('\n');
    expect(analyze(text).hints).toEqual([]);
    expect(analyze('Kiitos.\n> Olisit lukenut!!\nOlisit lukenut.').hints.map((h) => h.start)).toEqual([27]);
  });

  it('flags capitals and repeated punctuation, with calm rewrites', () => {
    const hints = analyze('Tämä EI OLE MAHDOLLISTA!! Kela maksaa.').hints;
    // Shouting that ends on "!!" is mended whole by one rewrite; the marks alone would leave the capitals.
    expect(hints.map((h) => [h.text, h.suggestions])).toEqual([
      ['EI OLE MAHDOLLISTA!!', ['ei ole mahdollista.']],
      ['!!', []],
    ]);
    expect(analyze('Tämä ei ole mahdollista!! Kela maksaa.').hints.map((h) => [h.text, h.suggestions])).toEqual([['!!', ['.']]]);
    expect(categories('Soita KELAan tai käytä OmaKelaa.')).toEqual([]);
    // Capitals joined by a hyphen to a word in small letters name a thing; on their own they still shout.
    expect(categories('Lataa POKSI-sovellus tai tilaa uusi VERKKO-kortti.')).toEqual([]);
    expect(categories('Lataa sovellus HETI, POKSI toimii.')).toEqual(['shouting']);
    // Capitals joined by a hyphen to digits are a code: an error code or a case number.
    expect(categories('Kirjautuminen päättyi virheeseen SESSIO-403 ja asianumero on KIRJAUS-2025-0412.')).toEqual([]);
    expect(categories('Kirjautuminen päättyi virheeseen, SOITA HETI 403.')).toEqual(['shouting']);
    // Capitals followed by a capitalised word name a product or a firm; followed by small letters they shout.
    expect(categories('Lisenssi NORDCAD Pro uusiutuu joka vuosi.')).toEqual([]);
    expect(categories('Lisenssi NORDCAD uusiutuu joka vuosi.')).toEqual(['shouting']);
    // A web address in capitals, or a firm named by one, is a name; capitals beside it still shout.
    expect(categories('Tilaa uudet kengät osoitteesta KENKÄTALO.FI ja ne ovat perillä jo huomenna.')).toEqual([]);
    expect(categories('Tilaa uudet kengät VÄLITTÖMÄSTI osoitteesta kenkatalo.fi ja ne ovat perillä jo huomenna.')).toEqual(['shouting']);
  });

  it('flags a sentence that is too long as a whole', () => {
    const [hint] = analyze('Tämä on virke, jossa on aivan liian monta sanaa luettavaksi kerralla ja vielä muutama lisää. Lyhyt.').hints;
    expect(hint.category).toBe('readability');
    expect(hint.text).toBe('Tämä on virke, jossa on aivan liian monta sanaa luettavaksi kerralla ja vielä muutama lisää.');
  });

  it('marks the steps a reply covers', () => {
    expect(analyze('Hei Maija, pahoittelen viivettä. Saat päätöksen 28.11. mennessä.').steps).toEqual({
      greet: true,
      thank: false,
      empathize: false,
      apologize: true,
      'next-steps': true,
    });
  });

  it('lets hints of a category cancel a step cue in the same sentence (cancelledBy)', () => {
    const a = analyze('Hei, pahoittelemme mahdollista haittaa.');
    expect(a.hints.map((h) => h.category)).toEqual(['formulaic-apology']);
    expect(a.steps.apologize).toBe(false);
  });

  it('detects the language and applies only that language’s rules', () => {
    expect(analyze('Hello, as per the terms we will reply on Friday.').language).toBe('en');
    expect(categories('Hello, as per the terms we will reply on Friday.')).toEqual(['jargon']);
    expect(analyze('Hei, kiitos viestistäsi. Vastaamme perjantaina.').language).toBe('fi');
  });

  it('reads each line of a mixed reply in its own language', () => {
    const a = analyze('Hei Maija, olisit lukenut ohjeet ja tiedät sen nyt.\nHello Sam, as per the terms we will reply to you.');
    expect(a.hints.map((h) => h.ruleId)).toEqual(['t.blame.olisit', 't.jargon.en']);
  });

  it('gives the messages in the UI language when one is set', () => {
    const [hint] = new Analyzer(rules, { uiLanguage: 'en' }).analyze('Hei, olisit lukenut ohjeet.').hints;
    expect(hint.message).toBe('Reads as blame.');
  });
});

describe('incremental analysis', () => {
  const draft = ['Hei Maija,', '', 'olisit lukenut ohjeet.', '', 'Tämä EI OLE MAHDOLLISTA!!', '', 'Olisit lukenut ohjeet.'].join('\n');

  it('keeps the ids of hints in lines the writer did not touch', () => {
    const analyzer = new Analyzer(rules, { lang: 'fi' });
    const before = analyzer.analyze(draft).hints;
    const after = analyzer.analyze(`Hei Maija ja Pekka,${draft.slice('Hei Maija,'.length)}`).hints;
    expect(after.map((h) => h.id)).toEqual(before.map((h) => h.id));
    expect(after.map((h) => h.start)).toEqual(before.map((h) => h.start + ' ja Pekka'.length));
  });

  it('gives identical lines distinct ids', () => {
    const a = new Analyzer(rules).analyze('Olisit lukenut.\nOlisit lukenut.');
    expect(new Set(a.hints.map((h) => h.id)).size).toBe(2);
  });

  it('gives the same result as a fresh analysis after any sequence of edits', () => {
    const analyzer = new Analyzer(rules);
    let text = draft;
    const random = seededRandom(42);
    const pieces = ['olisit lukenut ', 'TÄMÄ ON VÄÄRIN', '!!', '\n', 'pahoittelemme mahdollista haittaa. ', 'x', ' '];
    for (let i = 0; i < 200; i++) {
      const at = random(text.length + 1);
      if (random(3) === 0 && text.length > 0) text = text.slice(0, at) + text.slice(at + 1 + random(5));
      else text = text.slice(0, at) + pieces[random(pieces.length)] + text.slice(at);
      expect(analyzer.analyze(text)).toEqual(new Analyzer(rules).analyze(text));
    }
  });

  it('gives the same result as a fresh analysis when whole lines move, repeat, vanish and come back', () => {
    // Lines before and after an edit are matched by position; lines that moved are found by their text.
    const analyzer = new Analyzer(rules);
    const pool = [
      'Hei Maija,',
      '',
      'olisit lukenut ohjeet.',
      'Tämä EI OLE MAHDOLLISTA!!',
      'Ystävällisin terveisin',
      'Anu',
      '> Olisit lukenut!!',
      'Kiitos viestistä.',
    ];
    let lines = [...pool];
    const history: string[][] = [];
    const random = seededRandom(7);
    for (let i = 0; i < 300; i++) {
      const at = random(lines.length + 1);
      switch (random(5)) {
        case 0: // a line copied elsewhere
          if (lines.length) lines.splice(at, 0, lines[random(lines.length)]);
          break;
        case 1: // a line moved
          if (lines.length) lines.splice(at, 0, ...lines.splice(random(lines.length), 1));
          break;
        case 2: // a line deleted
          lines.splice(random(lines.length), 1);
          break;
        case 3: // undo to an earlier state
          if (history.length) lines = [...history[random(history.length)]];
          break;
        default: // a new line from the pool (a sign-off moves where the signature starts)
          lines.splice(at, 0, pool[random(pool.length)]);
      }
      history.push([...lines]);
      const text = lines.join('\n');
      expect(analyzer.analyze(text)).toEqual(new Analyzer(rules).analyze(text));
    }
  });
});

describe('what the engine keeps of each word', () => {
  it('changes no result: forgetting every word, or meeting more words than it keeps, gives the same hints', async () => {
    const { clearWordCaches, compileRuleset, WORD_CACHE_LIMIT } = await import('../../lib/engine/compile');
    const { testRuleset } = await import('./helpers');
    const reply = 'Hei Maija, olisit lukenut ohjeet. Tietysti voit soittaa. Pahoittelemme mahdollista haittaa.\nAs per the terms we will reply.';
    const fresh = () => new Analyzer(compileRuleset(testRuleset())).analyze(reply);
    const compiled = compileRuleset(testRuleset());
    const warm = new Analyzer(compiled).analyze(reply);
    expect(warm.hints.length).toBeGreaterThan(2);
    expect(warm).toEqual(fresh());
    clearWordCaches(compiled);
    expect(new Analyzer(compiled).analyze(reply)).toEqual(warm);
    // A long session meets many distinct words: what is kept stays bounded and results stay the same.
    const many = Array.from({ length: WORD_CACHE_LIMIT + 500 }, (_, i) => `sana${i.toString(36)}`).join(' ');
    new Analyzer(compiled, { lang: 'fi' }).analyze(many);
    expect(compiled.languages.fi.words.size).toBeLessThanOrEqual(WORD_CACHE_LIMIT);
    expect(new Analyzer(compiled).analyze(reply)).toEqual(warm);
  });

  it('tests a first word shared by many patterns once per word, and every word on its own', async () => {
    const { compileRuleset } = await import('../../lib/engine/compile');
    const { testRuleset } = await import('./helpers');
    const rule = (id: string, pattern: string) => ({
      id,
      category: 'defensive',
      languages: ['fi' as const],
      patterns: [pattern],
      message: { fi: 'Puolustelua.' },
      examples: { match: [pattern.replace(/\*/g, '')] },
    });
    // Four patterns of two rules start with the same glob, tried once for all of them at each new word.
    const compiled = compileRuleset(
      testRuleset({
        rules: [rule('t.totesi', '*tarkastaja* totesi|katsoi'), rule('t.sanoi', '*tarkastaja* sanoi|kertoi'), rule('t.valvoja', 'valvoja totesi')],
      }),
    );
    const found = (text: string) =>
      new Analyzer(compiled, { lang: 'fi' }).analyze(text).hints.map((h) => `${h.ruleId} ${text.slice(h.start, h.end)}`);
    expect(found('Valvoja totesi myös. Ylitarkastaja totesi asian. Tarkastajamme sanoi. Valvoja sanoi.')).toEqual([
      't.valvoja Valvoja totesi',
      't.totesi Ylitarkastaja totesi',
      't.sanoi Tarkastajamme sanoi',
    ]);
  });
});

describe('a ruleset written to be catastrophic', () => {
  it('runs in time linear in the text', async () => {
    const { vmStats } = await import('../../lib/pattern/match');
    const hostile = compiledTestRuleset({
      rules: ['(a|a a|a a a) (a|a a|a a a) [a] [a] ...8 a ...8 b', 'a* *a* *a*a*a*a*a*a*b', '[a [a [a [a]]]] ...8 [a] ...8 a ...8 x'].map(
        (pattern, i) => ({
          id: `hostile.${i}`,
          category: 'blame',
          languages: ['en'],
          patterns: [pattern],
          message: { en: 'x' },
          examples: { match: ['a b'] },
        }),
      ),
    });
    const cost = (n: number) => {
      // The rare last words are there too, so no anchor lets the engine skip the sentence.
      const text = `${Array.from({ length: n }, (_, i) => (i % 3 === 2 ? 'a'.repeat(20) : 'a')).join(' ')} b x`;
      vmStats.steps = 0;
      new Analyzer(hostile, { lang: 'en' }).analyze(text);
      return vmStats.steps;
    };
    const small = cost(1000);
    const large = cost(10_000);
    expect(small).toBeGreaterThan(1000);
    expect(large / small).toBeLessThan(12);
  });
});

describe('a ruleset that skipped validation', () => {
  it('loses only its broken pattern, and says which', async () => {
    const { compileRuleset } = await import('../../lib/engine/compile');
    const { testRuleset } = await import('./helpers');
    const rs = testRuleset();
    rs.rules[0].patterns = ['(olisit lukenut', 'olisit tarkistanut'];
    const compiled = compileRuleset(rs);
    expect(compiled.skipped).toEqual([{ ruleId: 't.blame.olisit', pattern: '(olisit lukenut', reason: expect.stringMatching(/never closed/) }]);
    expect(new Analyzer(compiled, { lang: 'fi' }).analyze('Olisit tarkistanut ohjeet.').hints.map((h) => h.ruleId)).toEqual(['t.blame.olisit']);
  });
});
