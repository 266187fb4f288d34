/**
 * Step cues of round 14 (branch steps14), from what round 16's replies (tuning-r16h-*) did that no cue covered: next
 * steps with a time the cues did not read, options the customer manages themselves, dates that only say when something
 * happened; greetings and empathy in other words. Sentences written for these tests, not taken from any evaluation set.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/index';

type Lang = 'fi' | 'en' | 'sv';
type Step = 'greet' | 'empathize' | 'next-steps';
const covers = (text: string, lang: Lang, step: Step) => analyze(text, { lang }).steps[step];

const next: Record<Lang, { steps: string[]; not: string[] }> = {
  fi: {
    steps: [
      // "kello" is "klo" written out: a time the customer is invited to come or call at.
      'Voit tuoda pyörän huoltoon arkisin kello 8–16.',
      'Jos haluat tulla paikan päälle, olen verstaalla keskiviikkona kello 12 alkaen.',
      // "…, niin" and what the writer then does, in the first person singular.
      'Lähetä kuva vauriosta, niin katson sen heti.',
      // "seuraavana päivänä / aamuna / arkipäivänä" is a time.
      'Ilmoita, jos vuoto jatkuu, niin käyn paikalla seuraavana aamuna.',
      'Korjaaja tulee seuraavana arkipäivänä.',
    ],
    not: [
      'Olemme avoinna arkisin kello 9–17.',
      'Soitit meille eilen kello 15.',
      'Juna lähti 3.4. kello 8.05.',
      // A deadline the reply only states is not something that happens next.
      'Hakemusten määräpäivä on perjantai 14.3.',
    ],
  },
  en: {
    steps: [
      // A time in the sentence: a reviewer named without a date is no vague promise then.
      'Our supervisor will review the photos within three working days and email you the outcome.',
      'The team will decide within one working day.',
      // What the customer can change themselves, and where.
      "You can pause next month's box from your account page.",
      'You are welcome to reschedule the fitting in the app.',
    ],
    not: [
      'Our manager will look at your claim in a few weeks.',
      'Thank you for writing about your stay on March 3.',
      'On 12 May you booked the smaller room.',
      'On June 2, the driver left the parcel at the door.',
      'Unfortunately the date cannot be changed in the app.',
    ],
  },
  sv: {
    steps: [
      // A weekday and a date without "den", and a time window.
      'Montören kommer fredag 14.3 mellan kl. 8 och 10.',
      'Teknikern är hos dig mellan kl. 13 och 15.',
      // An invitation with a time, the next course, where the form is, what to write where.
      'Du är välkommen att prova cykeln i butiken vardagar kl. 10–18.',
      'Nästa nybörjarkurs startar måndag 3.2 kl. 18.',
      'Ansökningsformuläret finns på Mina sidor.',
      'Skriv ordernumret i meddelandefältet i kassan.',
    ],
    not: [
      'Frukosten serveras mellan kl. 7 och 10.',
      'Inbrottet skedde mellan kl. 2 och 4 på natten.',
      'Stugan är redan uthyrd från den 3 augusti.',
      'Välkommen åter!',
    ],
  },
};

describe.each(['fi', 'en', 'sv'] as const)('next steps in %s', (lang) => {
  it.each(next[lang].steps)('covered: %s', (text) => expect(covers(text, lang, 'next-steps')).toBe(true));
  it.each(next[lang].not)('not covered: %s', (text) => expect(covers(text, lang, 'next-steps')).toBe(false));
});

const greet: Record<Lang, { steps: string[]; not: string[] }> = {
  fi: { steps: [], not: [] },
  en: {
    steps: ['Morning Priya, the courier has your parcel.', 'Afternoon both,', 'Good evening, Mr Lee.'],
    not: [
      'Evening appointments are free next week.',
      'The parcel came this morning.',
      'I can call you on Monday morning if that suits.',
      'There are no evening sailings in winter.',
      'That was a hard morning for everyone.',
    ],
  },
  sv: { steps: [], not: [] },
};

describe.each(['en'] as const)('greeting in %s', (lang) => {
  it.each(greet[lang].steps)('covered: %s', (text) => expect(covers(text, lang, 'greet')).toBe(true));
  it.each(greet[lang].not)('not covered: %s', (text) => expect(covers(text, lang, 'greet')).toBe(false));
});

const empathy: Record<Lang, { steps: string[]; not: string[] }> = {
  fi: {
    steps: [
      'Kahden viikon odotus voi tuntua pitkältä.',
      'Tiedän, että jonotus tuntui ikuisuudelta.',
      'Poikasi odotti leiriä varmasti innolla.',
      'Innolla odottamasi konsertti peruttiin.',
    ],
    not: ['Odotamme innolla näkevämme teidät.', 'Matka ei tunnu pitkältä.', 'Toimitus kestää pitkään.'],
  },
  en: {
    steps: [
      'Your daughter had been looking forward to the match for weeks.',
      'You were relying on the van for the move.',
      "He'd been counting on the refund before Christmas.",
    ],
    not: ['We look forward to seeing you in May.', 'We were looking forward to welcoming you.', 'You can count on us.'],
  },
  sv: {
    steps: ['Din dotter hade sett fram emot resan länge.', 'Ni såg säkert fram emot en lugn helg.', 'Två veckors väntan kan kännas lång.'],
    not: ['Vi ser fram emot ert besök.', 'Leveranstiden är lång.'],
  },
};

describe.each(['fi', 'en', 'sv'] as const)('empathy in %s', (lang) => {
  it.each(empathy[lang].steps)('covered: %s', (text) => expect(covers(text, lang, 'empathize')).toBe(true));
  it.each(empathy[lang].not)('not covered: %s', (text) => expect(covers(text, lang, 'empathize')).toBe(false));
});
