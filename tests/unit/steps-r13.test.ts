/**
 * Step cues of round 13 (branch steps13): Finnish next steps (an instruction and what then happens, free times, a
 * third person who acts on a day, a month's end or a week number, what is kept until a date) and the `empathize` cues
 * of all three languages. Sentences written for these tests, not taken from any evaluation set.
 */
import { describe, expect, it } from 'vitest';
import { compileRuleset } from '../../lib/engine/compile';
import { analyze } from '../../lib/index';
import { bundledRuleset } from '../../lib/ruleset/bundled';

type Lang = 'fi' | 'en' | 'sv';
const covers = (text: string, lang: Lang, step: 'next-steps' | 'empathize') => analyze(text, { lang }).steps[step];

describe('every bundled step cue compiles', () => {
  it('no step cue or exception is left out as broken (a broken exception list would turn the whole step off)', () => {
    expect(compileRuleset(bundledRuleset()).skipped.filter((s) => s.ruleId.startsWith('steps.'))).toEqual([]);
  });
});

const fiNext = {
  steps: [
    'Lähetä kuitti tähän viestiin, niin pidennän takuun samana päivänä.',
    'Vapaita aikoja on torstaina ja perjantaina aamupäivällä.',
    'Hierontaan on vapaana aikoja ensi viikon maanantaina.',
    'Huoltomies käy asunnossanne huomenna kello yhdeksän jälkeen.',
    'Lähetämme uuden kortin kotiosoitteeseesi tammikuun alussa.',
    'Säilytämme takkia myymälässä 20.1. asti.',
  ],
  not: [
    'Aikoja oli vapaana vain viime viikolla.',
    'Otamme sinuun yhteyttä.',
    'Vapaita aikoja ei valitettavasti ole.',
    'Huoltomies kävi asunnossanne eilen.',
  ],
};

describe('next steps in Finnish', () => {
  it.each(fiNext.steps)('covered: %s', (text) => expect(covers(text, 'fi', 'next-steps')).toBe(true));
  it.each(fiNext.not)('not covered: %s', (text) => expect(covers(text, 'fi', 'next-steps')).toBe(false));
});
