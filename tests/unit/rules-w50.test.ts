/**
 * w50: faults left by round 7, each a class of wording (issue w50-fixes): an acronym in a noun phrase is no shouting;
 * a refusal whose alternative opens the next paragraph is not negative framing; a blame hint quotes the whole act.
 */
import { describe, expect, it } from 'vitest';
import { Analyzer, analyze, compiledBundledRuleset, type Language } from '../../lib/index';
import { describeClasses, type WordingClass } from './rule-classes';

const capitals: WordingClass[] = [
  {
    name: 'one word in capitals that no rule knows, between a determiner and a noun, is an acronym, not shouting',
    language: 'en',
    category: 'shouting',
    finds: [
      'PLEASE NOTE that the office is closed on Friday.',
      'The invoice must be paid BEFORE the due date.',
      'This is the FINAL reminder before we close the account.',
      'Your flight was subject to an IRROPS EVENT and you were moved.',
      'Light fares are NON-REFUNDABLE. You can still move your booking.',
    ],
    leaves: [
      'Your flight was subject to an IRROPS event and you were auto-reaccommodated.',
      'The IRROPS desk rebooked you on the next flight, which leaves at 14.05.',
      'Your NBNCO connection was moved to the new exchange on Monday.',
    ],
  },
  {
    name: 'the same in Swedish: after "en", "ett", a possessive',
    language: 'sv',
    category: 'shouting',
    finds: ['Fakturan ska vara BETALD senast den 31 mars.', 'Vi STÄNGER kl. 17.00, inte 17.15.', 'Vattnet är AVSTÄNGT kl. 8–16.'],
    leaves: ['Ärendet gäller en IRROPS händelse på er resa.', 'Styrelsen i vår BOSTADSRF förening har beslutat om avgiften.'],
  },
  {
    name: 'Finnish shouting stays shouting',
    language: 'fi',
    category: 'shouting',
    finds: [
      'EI OLE MAHDOLLISTA saada hyvitystä tästä tilauksesta.',
      'Jäädytys on tehtävä VIIMEISTÄÄN seitsemän päivää ennen veloitusta.',
      'Astia on TYHJENNETTY aikataulun mukaan koko syksyn.',
    ],
    leaves: ['Lennon IRROPS-tilanteen vuoksi lippunne on vaihdettu.'],
  },
];
describeClasses('w50: an acronym in a noun phrase is not shouting', capitals);

describe('w50: an acronym is not put in small letters', () => {
  it('offers no rewrite that writes "IRROPS" in small letters', () => {
    const text = 'Your flight was subject to an IRROPS event and you were moved to the next flight.';
    const a = analyze(text, { lang: 'en' });
    expect(a.hints.filter((h) => h.text.includes('IRROPS'))).toEqual([]);
  });

  it('keeps it in capitals when another shout of its sentence goes small', () => {
    const text = 'Your flight was subject to an IRROPS event, and PLEASE NOTE that the new flight leaves at 14.05.';
    const shouts = analyze(text, { lang: 'en' }).hints.filter((h) => h.category === 'shouting');
    expect(shouts.map((h) => [h.text, h.suggestions])).toEqual([['PLEASE NOTE', ['please note']]]);
  });
});

const alternatives: WordingClass[] = [
  {
    name: 'a refusal whose alternative opens the next paragraph has something in its place',
    language: 'fi',
    category: 'negative-framing',
    finds: [
      'Emme valitettavasti voi hyvittää toimitusmaksua.\n\nTilaus lähti eilen. Voimme kuitenkin lähettää uuden tuotteen veloituksetta heti huomenna.',
      'Emme valitettavasti voi hyvittää toimitusmaksua. Paketti lähti eilen.\n\nVoimme kuitenkin lähettää uuden tuotteen veloituksetta heti huomenna.',
      'Emme valitettavasti voi hyvittää toimitusmaksua.\n\nYstävällisin terveisin\nAsiakaspalvelu',
      'Emme valitettavasti voi muuttaa elokuun maksua takautuvasti.\n\nUusi maksu on 187 euroa kuukaudessa aiemman 311 euron sijaan.',
    ],
    leaves: [
      'Emme valitettavasti voi hyvittää toimitusmaksua.\n\nVoimme kuitenkin lähettää uuden tuotteen veloituksetta heti huomenna.',
      'Emme valitettavasti voi hyvittää toimitusmaksua.\nVoimme kuitenkin lähettää uuden tuotteen veloituksetta heti huomenna.',
      'Emme valitettavasti voi hyvittää toimitusmaksua. Voimme kuitenkin lähettää uuden tuotteen veloituksetta heti huomenna.',
    ],
  },
  {
    name: 'the same in English: "However, we can …" opening the next paragraph',
    language: 'en',
    category: 'negative-framing',
    finds: [
      'Unfortunately we cannot refund the delivery fee.\n\nThe parcel left yesterday. However, we can send you a new one free of charge tomorrow.',
    ],
    leaves: ['Unfortunately we cannot refund the delivery fee.\n\nHowever, we can send you a new product free of charge tomorrow.'],
  },
  {
    name: 'the same in Swedish: "Däremot kan vi …" opening the next paragraph, or in the same one',
    language: 'sv',
    category: 'negative-framing',
    finds: ['Tyvärr kan vi inte återbetala fraktavgiften.\n\nPaketet skickades i går. Däremot kan vi skicka en ny produkt utan kostnad.'],
    leaves: [
      'Tyvärr kan vi inte återbetala fraktavgiften.\n\nDäremot kan vi skicka en ny produkt utan kostnad redan i morgon.',
      'Tyvärr kan vi inte återbetala fraktavgiften. Däremot kan vi skicka en ny produkt utan kostnad redan i morgon.',
    ],
  },
];
describeClasses('w50: an alternative in the next sentence, across one paragraph break', alternatives);

describe('w50: the alternative typed in the next paragraph takes the hint away as the writer types', () => {
  it('hints the refusal, then not once the alternative opens the next paragraph, then again when it goes', () => {
    const analyzer = new Analyzer(compiledBundledRuleset(), { lang: 'fi' });
    const refusal = 'Hei Anna,\n\nEmme valitettavasti voi hyvittää toimitusmaksua.';
    const framing = (text: string) =>
      analyzer
        .analyze(text)
        .hints.filter((h) => h.category === 'negative-framing')
        .map((h) => h.text);
    expect(framing(refusal)).toEqual(['Emme valitettavasti voi']);
    expect(framing(`${refusal}\n\nVoimme kuitenkin lähettää uuden tuotteen huomenna.`)).toEqual([]);
    expect(framing(`${refusal}\n\nPaketti lähti eilen.`)).toEqual(['Emme valitettavasti voi']);
  });

  it('does not reach past a quote to the paragraph after it', () => {
    const text = 'Emme valitettavasti voi hyvittää toimitusmaksua.\n\n> Voimme kuitenkin lähettää uuden tuotteen huomenna.';
    expect(analyze(text, { lang: 'fi' }).hints.map((h) => h.category)).toContain('negative-framing');
  });
});

describe('w50: a blame hint quotes the customer\'s whole act, not up to "ilman" / "without" / "utan"', () => {
  /** The text of `ruleId`'s own hint (kept even where another rule of the category reads the same words). */
  const quote = (text: string, lang: Language, ruleId: string) =>
    new Analyzer(compiledBundledRuleset(), { lang, keepRule: ruleId }).analyze(text).hints.find((h) => h.ruleId === ruleId);

  it.each<[string, Language, string, string]>([
    ['Lähetitte hakemuksen ilman liitteitä, joten käsittely viivästyi.', 'fi', 'fi.blame.teko-ja-seuraus', 'Lähetitte hakemuksen ilman liitteitä'],
    ['Lähetitte hakemuksen ilman liitteitä joten käsittely viivästyi.', 'fi', 'fi.blame.teko-ja-seuraus', 'Lähetitte hakemuksen ilman liitteitä'],
    [
      'Hakemus ei ole edennyt, koska jätitte sen palveluun ilman pääpiirustuksia.',
      'fi',
      'fi.blame.asiakkaan-asia-syyna',
      'koska jätitte sen palveluun ilman pääpiirustuksia',
    ],
    [
      'You sent the form without the signature, so we could not process it.',
      'en',
      'en.blame.act-and-consequence',
      'You sent the form without the signature',
    ],
    [
      'You entered the delivery address without a flat number, so the parcel came back.',
      'en',
      'en.blame.act-and-consequence',
      'You entered the delivery address without a flat number',
    ],
    [
      'Du skickade blanketten utan underskrift, så vi kunde inte behandla den.',
      'sv',
      'sv.blame.handling-och-foljd',
      'Du skickade blanketten utan underskrift',
    ],
    [
      'Du skickade in ansökan utan bilagor och därför försenades beslutet.',
      'sv',
      'sv.blame.handling-och-foljd',
      'Du skickade in ansökan utan bilagor',
    ],
  ])('%j: %s quotes the act through its object', (text, lang, ruleId, act) => {
    const hint = quote(text, lang, ruleId);
    expect(hint?.text).toBe(act);
    expect(text.slice(hint!.start, hint!.end)).toBe(act);
  });

  it('keeps the match where the clause runs on past three words', () => {
    const text = 'Lähetitte hakemuksen ilman mitään niistä kolmesta pyydetystä liitteestä joten käsittely viivästyi.';
    expect(quote(text, 'fi', 'fi.blame.teko-ja-seuraus')?.text).toBe('Lähetitte hakemuksen ilman');
  });
});
