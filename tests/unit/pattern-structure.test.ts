/**
 * Patterns that read structure (issue 14): word classes (@you, @we, @staff, @so, @because, @instead),
 * requirements (`requires`) and conditions in the same paragraph, all as linear in the reply as plain words.
 */
import { describe, expect, it } from 'vitest';
import { Analyzer } from '../../lib/engine/analyze';
import { compileRuleset } from '../../lib/engine/compile';
import { compileAlternatives, compilePattern, findAll, matchAt, vmStats } from '../../lib/pattern/match';
import { parsePattern, PatternError } from '../../lib/pattern/parse';
import { bundledRuleset } from '../../lib/ruleset/bundled';
import { validateRuleset, RulesetSchema, type RulesetInput } from '../../lib/ruleset/schema';
import { words } from '../../lib/text/tokens';
import { seededRandom } from './helpers';

function found(pattern: string, text: string, language?: 'fi' | 'en' | 'sv'): string[] {
  const tokens = words(text);
  return findAll(compilePattern(pattern, false, language), tokens).map((m) => text.slice(tokens[m.start].start, tokens[m.end - 1].end));
}

describe('word classes', () => {
  it('@you is the second person in every case, and Finnish verbs in -tte, in the rule’s language', () => {
    expect(found('@you', 'Sinulle, teidän, sinuakin, tehän, lähetitte, ettekö, olet, minulle, paperit', 'fi')).toEqual([
      'Sinulle',
      'teidän',
      'sinuakin',
      'tehän',
      'lähetitte',
      'ettekö',
      'olet',
    ]);
    expect(found('@you', 'You, yourself, your, you’ve, we, te', 'en')).toEqual(['You', 'yourself', 'your', 'you’ve']);
    expect(found('@you', 'Du, dig, er, era, vi, te', 'sv')).toEqual(['Du', 'dig', 'er', 'era']);
  });

  it('@we and @staff are the organisation’s own side; @so and @because are phrases too', () => {
    expect(found('@we', 'Me, meidän, teimme, henkilökuntamme, olen, te', 'fi')).toEqual(['Me', 'meidän', 'teimme', 'henkilökuntamme', 'olen']);
    expect(found('@staff ...2 followed', 'Our crew followed the route; the parking attendant followed it too.', 'en')).toEqual([
      'crew followed',
      'attendant followed',
    ]);
    expect(found('@you ...5 @so', 'You sent it without a photo, which is why it was late.', 'en')).toEqual([
      'You sent it without a photo, which is why',
    ]);
    expect(found('@because @you', 'Hakemus viivästyi, koska te ette liittäneet todistusta.', 'fi')).toEqual(['koska te']);
    expect(found('@because @you', 'Det dröjde eftersom du skickade fel blankett.', 'sv')).toEqual(['eftersom du']);
  });

  it('a class written with | among words is one choice, and a class can be captured for a rewrite', () => {
    expect(found('@so|koska @you', 'Siksi sinä. Koska te. Kun te.', 'fi')).toEqual(['Siksi sinä', 'Koska te']);
    const tokens = words('which is why you');
    const m = matchAt(compilePattern('@so @you', false, 'en'), tokens, 0)!;
    expect(m.groups).toEqual([
      [0, 3],
      [3, 4],
    ]);
  });

  it('refuses an unknown class with the names it knows', () => {
    expect(() => parsePattern('@customer lähetti')).toThrow(PatternError);
    expect(() => parsePattern('@customer lähetti')).toThrow(/unknown word class "@customer": use one of @you, @we, @staff, @so, @because, @instead/);
    expect(() => parsePattern('@You')).toThrow(/a word class is @ and its name/);
  });

  it('stays linear in the text with classes, optional parts and gaps around them', () => {
    const program = compilePattern('@you [@we] ...8 @because ...8 @so ...8 @instead', false, 'en');
    const cost = (n: number) => {
      const vocabulary = ['you', 'which', 'is', 'why', 'because', 'we', 'instead', 'so'];
      const tokens = words(Array.from({ length: n }, (_, i) => vocabulary[i % vocabulary.length]).join(' '));
      vmStats.steps = 0;
      findAll(program, tokens);
      return vmStats.steps;
    };
    const small = cost(500);
    const large = cost(5000);
    expect(large / small).toBeGreaterThan(8);
    expect(large / small).toBeLessThan(12);
    expect(large / 5000).toBeLessThan(program.insts.length * (program.maxWords + 1));
  });

  it('finds with classes exactly what a plain reading of their words finds', () => {
    const random = seededRandom(14);
    const vocabulary = ['you', 'your', 'so', 'which', 'is', 'why', 'because', 'due', 'to', 'we', 'sent', 'instead', 'that'];
    const items = ['@you', '@so', '@because', '@we', '@instead', 'sent', '_', '[@you]', '[@so]', 'which', '(@so|sent)', '...2'];
    let compared = 0;
    for (let p = 0; p < 300; p++) {
      const parts = Array.from({ length: 1 + random(4) }, () => items[random(items.length)]);
      const source = parts.join(' ');
      try {
        parsePattern(source, 'en');
      } catch {
        continue;
      }
      // The same pattern with each class written out as its words in brackets.
      const forms = (name: string) => (parsePattern(`@${name}`, 'en') as { options: unknown[] }).options.length;
      expect(forms('you')).toBeGreaterThan(3);
      const whole = compilePattern(source, false, 'en');
      const pieces = compileAlternatives(source, false, 'en');
      for (let t = 0; t < 8; t++) {
        const text = Array.from({ length: random(8) }, () => vocabulary[random(vocabulary.length)]).join(' ');
        const tokens = words(text);
        for (let i = 0; i < tokens.length; i++) {
          const expected = matchAt(whole, tokens, i);
          const first = pieces.map((piece) => matchAt(piece, tokens, i)).find((m) => m) ?? null;
          expect(first, `${source} on "${text}" at ${i}`).toEqual(expected);
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });
});

function ruleset(rules: RulesetInput['rules']): RulesetInput {
  return { schemaVersion: 1, id: 'structure', name: 'Structure', version: '1', languages: ['fi', 'en'], rules };
}

const refusal = {
  id: 't.negative.refusal',
  category: 'negative-framing',
  languages: ['fi' as const, 'en' as const],
  patterns: ['(emme voi|we cannot)'],
  exceptions: [{ pattern: '(@instead|voit|you can)', scope: 'paragraph' as const }],
  message: { fi: 'Kerro, mitä voit tehdä.', en: 'Say what you can do.' },
  examples: {
    match: ['Emme voi hyvittää maksua.', 'Emme voi hyvittää maksua.\n\nVoit hakea uutta paikkaa.'],
    noMatch: ['Emme voi hyvittää maksua. Voit kuitenkin hakea uutta paikkaa.', 'We cannot refund it.\nYou can, instead, exchange it.\n\nBye.'],
  },
};

const blame = {
  id: 't.blame.you-so',
  category: 'blame',
  languages: ['fi' as const, 'en' as const],
  patterns: ['@you ...3 (ilman|without)'],
  requires: ['@so|@because'],
  message: { fi: 'Syyllistää.', en: 'Blames.' },
  examples: {
    match: ['Lähetitte hakemuksen ilman liitteitä, joten käsittely viivästyi.', 'Because you sent it without the form, it was late.'],
    noMatch: ['Lähetitte hakemuksen ilman liitteitä.', 'Lähetitte hakemuksen ilman liitteitä. Siksi se viivästyi.'],
  },
};

const compiled = (...rules: RulesetInput['rules'] & object[]) => compileRuleset(RulesetSchema.parse(ruleset(rules)));
const hintsOf = (text: string, c = compiled(refusal, blame), lang: 'fi' | 'en' = 'fi') =>
  new Analyzer(c, { lang }).analyze(text).hints.map((h) => h.text);

describe('conditions in the same sentence and paragraph', () => {
  it('an exception of scope paragraph cancels a refusal when an alternative is in its paragraph, and not in another one', () => {
    expect(hintsOf('Emme voi hyvittää maksua. Voit kuitenkin hakea uutta paikkaa.')).toEqual([]);
    expect(hintsOf('Emme voi hyvittää maksua.\n\nVoit hakea uutta paikkaa.')).toEqual(['Emme voi']);
    // Written with blank lines between paragraphs, the lines of one paragraph are read together.
    expect(hintsOf('Hei,\n\nEmme voi hyvittää maksua.\nVoit hakea uutta paikkaa.\n\nTerveisin')).toEqual([]);
    // A rich editor gives one line per block and no blank lines: each line is a paragraph.
    expect(hintsOf('Hei,\nEmme voi hyvittää maksua.\nVoit hakea uutta paikkaa.')).toEqual(['Emme voi']);
    // Quoted text ends a paragraph and never offers the writer's alternative.
    expect(hintsOf('Emme voi hyvittää maksua.\n> Voit kai hyvittää?\nTerveisin', compiled(refusal), 'fi')).toEqual(['Emme voi']);
    expect(hintsOf('Hi,\n\nWe cannot refund it.\nInstead, we will send a new one.\n\nBest regards,\nAnna', compiled(refusal), 'en')).toEqual([]);
  });

  it('a requirement keeps a match only when it is found too, in the same sentence by default', () => {
    expect(hintsOf('Lähetitte hakemuksen ilman liitteitä, joten käsittely viivästyi.')).toEqual(['Lähetitte hakemuksen ilman']);
    expect(hintsOf('Koska lähetitte hakemuksen ilman liitteitä, käsittely viivästyi.')).toEqual(['lähetitte hakemuksen ilman']);
    expect(hintsOf('Lähetitte hakemuksen ilman liitteitä. Siksi se viivästyi.')).toEqual([]);
    const inParagraph = { ...blame, id: 't.blame.paragraph', requires: [{ pattern: '@so', scope: 'paragraph' as const }] };
    expect(hintsOf('Lähetitte hakemuksen ilman liitteitä. Siksi se viivästyi.', compiled(inParagraph))).toEqual(['Lähetitte hakemuksen ilman']);
    expect(hintsOf('Lähetitte hakemuksen ilman liitteitä.\n\nSiksi se viivästyi.', compiled(inParagraph))).toEqual([]);
  });

  it('runs the rule’s examples with its conditions', async () => {
    const { testRuleset } = await import('../../lib/ruleset/examples');
    const v = validateRuleset(ruleset([refusal, blame]));
    expect(v.ok).toBe(true);
    // On the bundled language data, as a team's examples are run (lib/team/state.ts).
    if (v.ok) expect(testRuleset(v.ruleset, bundledRuleset()).failures).toEqual([]);
  });

  it('an edit in another line of the paragraph changes the hint of this line, and ids stay put', () => {
    const analyzer = new Analyzer(compiled(refusal), { lang: 'fi' });
    const first = analyzer.analyze('Hei,\n\nEmme voi hyvittää maksua.\nSoitan huomenna.\n\nTerveisin');
    expect(first.hints.map((h) => h.text)).toEqual(['Emme voi']);
    expect(analyzer.analyze('Hei,\n\nEmme voi hyvittää maksua.\nVoit soittaa huomenna.\n\nTerveisin').hints).toEqual([]);
    const again = analyzer.analyze('Hei,\n\nEmme voi hyvittää maksua.\nSoitan huomenna.\n\nTerveisin');
    expect(again.hints.map((h) => h.id)).toEqual(first.hints.map((h) => h.id));
  });

  it('reads a paragraph once per condition: the work grows linearly with a paragraph of many refusals', () => {
    const c = compiled(refusal);
    const cost = (n: number) => {
      // Every line different, so that no line's reading is reused, and each with a word of the alternative
      // ("you can"), so that every line is searched for it.
      const text = Array.from({ length: n }, (_, i) =>
        i % 2 ? `Emme voi hyvittää maksua ${i}, can you see.` : `Maksu on ${i} euroa, can you see.`,
      ).join('\n');
      vmStats.steps = 0;
      const hints = new Analyzer(c, { lang: 'fi' }).analyze(`Hei,\n\n${text}\n\nTerveisin`).hints;
      expect(hints).toHaveLength(n / 2);
      return vmStats.steps;
    };
    const small = cost(200);
    const large = cost(2000);
    expect(large / small).toBeGreaterThan(8);
    expect(large / small).toBeLessThan(12);
  });

  it('refuses a paragraph scope for step cues and a match scope for requirements, with the path', () => {
    const cue = validateRuleset({
      ...ruleset([]),
      steps: { thank: { cues: { fi: ['kiitos'] }, exceptions: { fi: [{ pattern: 'ei', scope: 'paragraph' }] } } },
    });
    expect(cue.ok).toBe(false);
    if (!cue.ok) expect(cue.problems[0].path).toBe('$.steps.thank.exceptions.fi[0]');
    const req = validateRuleset(ruleset([{ ...blame, requires: [{ pattern: '@so', scope: 'match' }] } as never]));
    expect(req.ok).toBe(false);
    if (!req.ok) expect(req.problems[0].path).toBe('$.rules[0].requires[0]');
  });

  it('holds requirements to the budget like every pattern', () => {
    const costly = `${Array.from({ length: 40 }, () => '[[joten]]').join(' ')} joten`;
    const v = validateRuleset(ruleset([{ ...blame, requires: [costly] }]));
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.problems[0]).toEqual({ path: '$.rules[0].requires[0]', message: expect.stringMatching(/too much work for the matcher/) });
  });
});

describe('terms explained on the spot, and conditions anywhere in the reply', () => {
  it('a jargon hint goes when the term is explained right after or before it, in every language', async () => {
    const { analyze } = await import('../../lib/index');
    const jargon = (text: string, lang: 'fi' | 'en' | 'sv') =>
      analyze(text, { lang })
        .hints.filter((h) => h.category === 'jargon')
        .map((h) => h.text);
    expect(jargon('Under our SLA errors are fixed in five days.', 'en')).toEqual(['SLA']);
    expect(jargon('Under our SLA, that is the service level agreement, errors are fixed in five days.', 'en')).toEqual([]);
    expect(jargon('Under our SLA (service level agreement) errors are fixed in five days.', 'en')).toEqual([]);
    expect(jargon('Our SLA is five days. This means we fix every fault within a week.', 'en')).toEqual([]);
    expect(jargon('Tiketti on auki.', 'fi')).toEqual(['Tiketti']);
    expect(jargon('Tiketti eli palvelupyyntö on auki.', 'fi')).toEqual([]);
    expect(jargon('Palvelupyyntö eli tiketti on auki.', 'fi')).toEqual([]);
    expect(jargon('Uppdatera dina KYC-uppgifter i appen.', 'sv')).toEqual(['KYC']);
    expect(jargon('Uppdatera dina KYC-uppgifter, alltså kundkännedom, i appen.', 'sv')).toEqual([]);
  });

  it('the acronym metric finds capitals the customer may not know, and leaves known ones, codes, names, shouting and explained ones', () => {
    const acronym = {
      id: 't.jargon.acronym',
      category: 'jargon',
      languages: ['fi' as const, 'en' as const],
      // A rule's own lists: a code's value after a compound that labels it (the bundled rules' lists: docs/rules.md).
      metric: { kind: 'acronyms' as const, minLetters: 3, maxLetters: 6, allow: ['pdf', 'eu'], codeEndings: ['koodi'] },
      message: { fi: 'Avaa lyhenne.', en: 'Spell it out.' },
      examples: { match: ['Tilaus on RMA-prosessissa.'] },
    };
    const c = compiled(acronym);
    const hints = (text: string, lang: 'fi' | 'en' = 'fi') => hintsOf(text, c, lang);
    expect(hints('Tilaus on RMA-prosessissa, ja muutos kirjataan CMDB:hen ja CMDB-kantaan.')).toEqual(['RMA', 'CMDB']);
    expect(hints('We log it under our SLA.', 'en')).toEqual(['SLA']);
    // Known (the rule's allow list), a code, a code's value, a name, a standard, a Roman numeral.
    expect(hints('Lähetä PDF-tiedosto EU:n ohjeen mukaan.')).toEqual([]);
    expect(hints('Viitteesi on KK-2025-0412 ja virhe AUTH-403.')).toEqual([]);
    expect(hints('Tilasit sen vihreänä (värikoodi GRN).')).toEqual([]);
    expect(hints('Käytämme NORDCAD Pro -ohjelmaa ja ISO 27001 -standardia, vaihe III.')).toEqual([]);
    // A pronounceable word in capitals is a name or shouting, and short words beside capitals are shouted.
    expect(hints('Paketti on POKSI-automaatissa, ja tämä on TOSI tärkeää.')).toEqual([]);
    expect(hints('MAKSU ON NYT MYÖHÄSSÄ.')).toEqual([]);
    // In a shouted run the shouting hint speaks for it; mending the shouting keeps "SLA" letter for letter, which
    // the rewrite checker does not count as a new hint (keptAcronym).
    expect(hints('TÄMÄ EI ONNISTU ILMAN SLA-SOPIMUSTA.')).toEqual([]);
    // Explained on the spot, before or after, or by the next sentence.
    expect(hints('Tilaus on RMA-prosessissa eli palautuskäsittelyssä.')).toEqual([]);
    expect(hints('Vastaamme sovitussa vasteajassa (SLA).')).toEqual([]);
    expect(hints('Laskun viitteenä on OVT-tunnus.')).toEqual(['OVT']);
    expect(hints('Laskun viitteenä on OVT-tunnus. Se on verkkolaskujesi osoite.')).toEqual([]);
  });

  it('an exception of scope reply looks at the whole reply: a ticket is a train ticket in a reply about a journey', async () => {
    const { analyze } = await import('../../lib/index');
    const jargon = (text: string) =>
      analyze(text, { lang: 'en' })
        .hints.filter((h) => h.category === 'jargon')
        .map((h) => h.text);
    expect(jargon('Hi Ben,\n\nPlease send a photo with your ticket number on it.\n\nRegards,\nChris')).toEqual(['your ticket number']);
    expect(jargon('Hi Ben,\n\nYour train was 47 minutes late.\n\nPlease send a photo with your ticket number on it.\n\nRegards,\nChris')).toEqual([]);
  });

  it('"to." ends an English sentence; "to 3.12." is a Finnish Thursday', async () => {
    const { sentences } = await import('../../lib/text/tokens');
    expect(sentences('We had no journey to match it to. You also entered the wrong date.')).toHaveLength(2);
    expect(sentences('Soitan to 3.12. klo 16.')).toHaveLength(1);
  });
});
