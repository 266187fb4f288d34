/**
 * Round 9 of issue 14: classes of false alarm that blind writers' clean replies showed, fixed in the engine for every
 * language: a refusal asked as a question, a format's placeholder in capitals, letters before digits (a registration
 * number), and a term the reply explains in another sentence.
 */
import { describe, expect, it } from 'vitest';
import { analyze, type Language } from '../../lib/index';
import { describeClasses, type WordingClass } from './rule-classes';

const questions: WordingClass[] = [
  {
    name: 'a refusal asked as a question (a heading the reply answers) refuses nothing',
    language: 'fi',
    category: 'negative-framing',
    finds: ['Ensimmäisiltä päiviltä ei makseta päivärahaa.', 'Hakemusta ei voida käsitellä ilman liitteitä.'],
    leaves: ['Miksi ensimmäisiltä päiviltä ei makseta päivärahaa?', 'Miksi hakemusta ei voida käsitellä ilman liitteitä?'],
  },
  {
    name: 'the same in English',
    language: 'en',
    category: 'negative-framing',
    finds: ['The fee cannot be refunded.'],
    leaves: ['Why can the fee not be refunded?', 'So why cannot the fee be refunded?'],
  },
  {
    name: 'the same in Swedish',
    language: 'sv',
    category: 'negative-framing',
    finds: ['Avgiften kan inte återbetalas.'],
    leaves: ['Varför kan avgiften inte återbetalas?'],
  },
];

const codes: WordingClass[] = [
  {
    name: "a format's placeholder (one capital repeated) is no shouting",
    language: 'en',
    category: 'shouting',
    finds: ['The template asks for dates in THIS FORMAT ONLY.'],
    leaves: [
      'The template asks for dates in the format YYYY-MM-DD, and your file used DD/MM/YYYY.',
      'Card numbers are shown as XXXX XXXX XXXX 1234.',
    ],
  },
  {
    name: 'the same in Swedish',
    language: 'sv',
    category: 'shouting',
    finds: ['Skriv datumet EXAKT SÅ HÄR.'],
    leaves: ['Skriv datumet som ÅÅÅÅ-MM-DD i blanketten.'],
  },
  {
    name: 'capitals followed by digits are a registration number or a code, not an unknown acronym',
    language: 'sv',
    category: 'jargon',
    finds: ['Ärendet har skickats vidare till TSF för beslut.'],
    leaves: ['I anmälan stod registreringsnumret ABC 123, men bilen som är försäkrad hos oss har DXK 47L.'],
  },
  {
    name: 'the same in English',
    language: 'en',
    category: 'jargon',
    finds: ['Your case has gone to the TSF for a decision.'],
    leaves: ['The car on your policy is registered as DXK 47L, so I have corrected the claim.'],
  },
];

describeClasses('round 9: a refusal asked as a question', questions);
describeClasses('round 9: placeholders and codes in capitals', codes);

const jargon = (text: string, lang: Language) => analyze(text, { lang }).hints.filter((h) => h.category === 'jargon');

describe('round 9: a term the reply explains in one sentence is explained in all of them', () => {
  it('English: an acronym explained in brackets later in the reply', () => {
    const alone = 'Please send us your PAC today so we can move your number.';
    expect(jargon(alone, 'en').map((h) => h.text)).toContain('PAC');
    const explained = `${alone}\n\nA PAC (Porting Authorisation Code) lets your new provider move your number.`;
    expect(jargon(explained, 'en')).toEqual([]);
  });

  it('Finnish: a word explained with "eli", and later an inflection and a compound of it', () => {
    const later = 'Takaisinperintäpäätöksen eräpäivä on 15.1.2027. Maksusuunnitelmaa voi pyytää kohdasta Takaisinperintä.';
    expect(jargon(later, 'fi').length).toBeGreaterThan(0);
    const explained = `Kirje koskee takaisinperintää eli sitä, että Kela pyytää takaisin liikaa maksettua tukea.\n\n${later}`;
    expect(jargon(explained, 'fi')).toEqual([]);
  });

  it('another term of the same rule, not explained, is still hinted', () => {
    const text =
      'Kirje koskee takaisinperintää eli sitä, että Kela pyytää takaisin liikaa maksettua tukea.\n\nSumma siirtyy perintätoimistolle eräpäivän jälkeen.';
    expect(jargon(text, 'fi').map((h) => h.text.toLowerCase())).toEqual(['perintätoimistolle']);
  });
});

describe('round 9: an acronym defined where it stands', () => {
  it('spelled out by the first letters of the words beside it', () => {
    expect(jargon('A PCP lets you pay monthly.', 'en').map((h) => h.text)).toEqual(['PCP']);
    expect(jargon('If you would rather spread the cost, a PCP, or Personal Contract Purchase, lets you pay monthly.', 'en')).toEqual([]);
    expect(jargon('Your claim went to the Department for Work and Pensions, and the DWP will write to you.', 'en')).toEqual([]);
  });

  it('opening a sentence that says what it is, and so in the rest of the reply', () => {
    const use = 'Please ask your installer for the MCS certificate.';
    expect(jargon(use, 'en').map((h) => h.text)).toEqual(['MCS']);
    expect(jargon(`${use}\n\nMCS is the national certification scheme for small renewable installations.`, 'en')).toEqual([]);
    expect(jargon('The DSG is a gearbox that changes gear by itself. Your DSG needs a service.', 'en')).toEqual([]);
  });

  it('not an acronym that opens a sentence saying something else about it', () => {
    expect(jargon('The TSF is required before we can act.', 'en').map((h) => h.text)).toEqual(['TSF']);
  });
});

const quoted: WordingClass[] = [
  {
    name: 'capitals inside quotation marks quote a label as it is written',
    language: 'sv',
    category: 'shouting',
    finds: ['Betalningen syns på kontoutdraget, MEN DEN ÄR INTE BOKFÖRD ÄNNU.'],
    leaves: ['Betalningen syns på kontoutdraget som ”STRONG GYM ÅBO ÅTERB”, alltså vår återbetalning.'],
  },
  {
    name: 'the same in English',
    language: 'en',
    category: 'shouting',
    finds: ['Please mark the envelope URGENT AND CONFIDENTIAL before posting it.'],
    leaves: ['Please mark the envelope "URGENT AND CONFIDENTIAL" before posting it.'],
  },
];
describeClasses('round 9: capitals quoted as a label', quoted);
