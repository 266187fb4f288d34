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

const empathy: Record<Lang, { steps: string[]; not: string[] }> = {
  fi: {
    steps: [
      'Kaksi viikkoa ilman lämmintä vettä on pitkä aika.',
      'Peruttu esitys oli lapsellesi varmasti pettymys.',
      'Toivoit varmasti nopeampaa ratkaisua.',
      'Otan osaa suruunne.',
      'Huolesi on täysin aiheellinen.',
      'Toivottavasti nilkka on jo paremmassa kunnossa.',
      'Muutto on iso muutos koko perheelle.',
    ],
    not: ['Paketit ovat hankalia kuljettaa bussilla.', 'Toimitusaika on kaksi viikkoa.', 'Hinta on ensi vuonna sama.'],
  },
  en: {
    steps: [
      'The heating failed during the coldest week of the year, which makes it worse.',
      'Ten days is a long time to be without a phone.',
      'A new baby is tiring enough without a broken washing machine.',
      'A blocked card abroad is about as stressful as a holiday gets.',
      'You are right to be annoyed about the second letter.',
      'I can tell you were looking forward to the concert.',
      'Being locked out of your account for a week is a real problem.',
      'It makes sense that you want to wait until the move is over.',
    ],
    not: [
      'It takes a long time for the paint to dry, so leave it overnight.',
      'I can see the payment on your account.',
      'The change to your plan is shown on the next bill.',
      'This is a big change to the timetable.',
    ],
  },
  sv: {
    steps: [
      'Det låter som en riktigt jobbig vecka.',
      'Det är inte konstigt att du blev arg.',
      'Jag är ledsen att resan blev så.',
      'Att stå utan bil en hel helg är ett stort problem.',
      'Det var inte alls roligt att vänta i två timmar.',
      'Jag ser att du är orolig för räkningen.',
      'En trasig värmepump mitt i vintern är en tuff start på året.',
    ],
    not: [
      'Om du är orolig för räkningen kan du ringa oss.',
      'Det låter som att du behöver en större modell.',
      'Fakturan kommer i slutet av månaden.',
    ],
  },
};

describe.each(['fi', 'en', 'sv'] as const)('empathy in %s', (lang) => {
  it.each(empathy[lang].steps)('covered: %s', (text) => expect(covers(text, lang, 'empathize')).toBe(true));
  it.each(empathy[lang].not)('not covered: %s', (text) => expect(covers(text, lang, 'empathize')).toBe(false));
});
