import { compileRuleset } from '../../lib/engine/compile';
import { bundledRuleset } from '../../lib/ruleset/bundled';
import { withLanguageData } from '../../lib/ruleset/merge';
import { RulesetSchema, type RulesetInput } from '../../lib/ruleset/schema';

/** A small ruleset for engine tests, independent of the bundled rules but on their language data (docs/rules.md). */
export function testRuleset(extra: Partial<RulesetInput> = {}) {
  return withLanguageData(
    RulesetSchema.parse({
      schemaVersion: 1,
      id: 'test',
      name: 'Test',
      version: '1',
      languages: ['fi', 'en'],
      rules: [
        {
          id: 't.blame.olisit',
          category: 'blame',
          languages: ['fi'],
          patterns: ['olisit|olisitte lukenut|tarkistanut'],
          message: { fi: 'Syyllistävää.', en: 'Reads as blame.' },
          suggestions: ['Tarvitsemme vielä'],
          examples: { match: ['Olisit lukenut.'] },
        },
        {
          id: 't.dismissive.tietysti',
          category: 'dismissive',
          languages: ['fi'],
          patterns: ['tietysti _'],
          exceptions: [{ pattern: 'ei tietenkään', scope: 'sentence' }],
          message: { fi: 'Vähättelee.' },
          suggestions: ['$2'],
          examples: { match: ['Tietysti voit.'] },
        },
        {
          id: 't.negative.valitettavasti',
          category: 'negative-framing',
          languages: ['fi'],
          patterns: ['valitettavasti'],
          exceptions: [{ pattern: 'mutta voimme', scope: 'sentence' }],
          message: { fi: 'Aloita siitä, mikä onnistuu.' },
          examples: { match: ['Valitettavasti ei.'], noMatch: ['Valitettavasti ei, mutta voimme auttaa.'] },
        },
        {
          id: 't.apology.mahdollista',
          category: 'formulaic-apology',
          languages: ['fi'],
          patterns: ['pahoittel* mahdollis* haitta*|vaivaa'],
          message: { fi: 'Kaavamainen.' },
          examples: { match: ['Pahoittelemme mahdollista haittaa.'] },
        },
        {
          id: 't.shouting.caps',
          category: 'shouting',
          languages: ['fi', 'en'],
          metric: { kind: 'capitals', minLetters: 5, allow: ['kela'] },
          message: { fi: 'Huutaa.', en: 'Shouts.' },
          examples: { match: ['EI OLE MAHDOLLISTA'] },
        },
        {
          id: 't.shouting.punct',
          category: 'shouting',
          languages: ['fi', 'en'],
          metric: { kind: 'repeated-punctuation' },
          message: { fi: 'Huutaa.', en: 'Shouts.' },
          examples: { match: ['Ei!!'] },
        },
        {
          id: 't.readability.long',
          category: 'readability',
          languages: ['fi'],
          metric: { kind: 'sentence-words', max: 12 },
          message: { fi: 'Pitkä.' },
          examples: { match: ['yksi kaksi kolme neljä viisi kuusi seitsemän kahdeksan yhdeksän kymmenen yksitoista kaksitoista kolmetoista'] },
        },
        {
          id: 't.jargon.en',
          category: 'jargon',
          languages: ['en'],
          patterns: ['as per'],
          message: { en: 'Jargon.' },
          suggestions: ['according to'],
          examples: { match: ['as per the terms'] },
        },
      ],
      steps: {
        greet: { cues: { fi: ['hei'], en: ['hi|hello'] } },
        apologize: { cues: { fi: ['pahoittel*'] }, cancelledBy: ['formulaic-apology'] },
        'next-steps': { cues: { fi: ['# mennessä', 'viimeistään'] } },
      },
      ...extra,
    }),
    bundledRuleset(),
  );
}

export function compiledTestRuleset(extra: Partial<RulesetInput> = {}) {
  return compileRuleset(testRuleset(extra));
}

/** A seeded random whole number below n (mulberry32), so that every run of a randomised test sees the same cases. */
export function seededRandom(seed: number): (n: number) => number {
  return (n) => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) % n;
  };
}
