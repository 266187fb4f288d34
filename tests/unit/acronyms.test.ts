/** An acronym the reader may not know (lib/text/acronyms.ts), and the bundled jargon rules that use it. */
import { describe, expect, it } from 'vitest';
import { analyze, type Language } from '../../lib/index';
import { isUnknownAcronym, keptAcronym } from '../../lib/text/acronyms';
import { words } from '../../lib/text/tokens';

const ALLOW = new Set(['pin', 'eu', 'not']);
const flagged = (line: string) => {
  const tokens = words(line);
  return tokens.filter((_, i) => isUnknownAcronym(tokens, i, line, ALLOW, 2, 4)).map((t) => t.text);
};

describe('isUnknownAcronym', () => {
  it('finds a short word in capitals that is not a known one', () => {
    expect(flagged('Your EHCP is reviewed by the SENCO next month.')).toEqual(['EHCP']);
    expect(flagged('Ärendet är en FU-anmälan.')).toEqual(['FU']);
    expect(flagged('It went to the DM team.')).toEqual(['DM']);
  });

  it('leaves known acronyms, codes, shouting, names and words shouted', () => {
    expect(flagged('Your PIN works across the EU.')).toEqual([]);
    expect(flagged('Please do NOT reply.')).toEqual([]);
    expect(flagged('Your reference is RMA-771092 on plan PRO-M.')).toEqual([]);
    expect(flagged('PLEASE READ THIS NOW.')).toEqual([]);
    expect(flagged('We draw in NORDCAD Pro.')).toEqual([]);
    expect(flagged('Hi ANNA, thanks.')).toEqual([]);
    expect(flagged('Read the BOOK first.')).toEqual([]);
    expect(flagged('Your number looks like QQ 12 34 56 C.')).toEqual([]);
    expect(flagged('Your tax code is BR from now on.')).toEqual([]);
    expect(flagged('Fill in the EC form.')).toEqual([]);
  });

  it('leaves an acronym defined in its line', () => {
    expect(flagged('The education plan (EHCP) is reviewed, and the EHCP goes to you.')).toEqual([]);
    expect(flagged('Allmänna reklamationsnämnden, ARN, prövar tvister. ARN är gratis.')).toEqual([]);
    expect(flagged('This is often shortened to "ASN". The ASN is ready.')).toEqual([]);
  });

  it('leaves an acronym glossed in an apposition after a comma (round 7)', () => {
    expect(flagged('Du frågade om GDPR, EU:s dataskyddsförordning. Den ger dig rätt till ett utdrag.')).toEqual([]);
    expect(flagged('The DSO, the distribution system operator, will call you.')).toEqual([]);
    expect(flagged('Ta med ditt EHIC, europeiska sjukförsäkringskortet, på resan.')).toEqual([]);
    expect(flagged('Lagen heter PBL, plan- och bygglagen.')).toEqual([]);
  });

  it('an apposition that is a clause or a list goes on is no gloss (round 7)', () => {
    expect(flagged('We use MDM, so your company phone is managed.')).toEqual(['MDM']);
    expect(flagged('We checked the NIS, the database and the billing.')).toEqual(['NIS']);
    expect(flagged('We checked the NIS, the DSO and the billing.')).toEqual(['NIS', 'DSO']);
    expect(flagged('Your EHCP, which we received, is ready.')).toEqual(['EHCP']);
    expect(flagged('Ärendet ligger hos ESV, men vi hör av oss.')).toEqual(['ESV']);
  });

  it('keeps a rewrite that leaves the writer\u2019s own acronym as it was', () => {
    expect(keptAcronym('BACS', 'FOR BACS PROCESSING')).toBe(true);
    expect(keptAcronym('BACS', 'for processing')).toBe(false);
  });
});

describe('unexplained acronyms in the bundled rules', () => {
  const jargon = (text: string, lang: Language) =>
    analyze(text, { lang })
      .hints.filter((h) => h.category === 'jargon')
      .map((h) => text.slice(h.start, h.end));
  it.each([
    ['Your order ships once the ASN is generated.', 'en', ['ASN']],
    ['The loan is marked as ILL in our system.', 'en', ['ILL']],
    ['Eleven får stöd enligt IUP.', 'sv', ['IUP']],
    ['Mätvärdena har inte validerats i MDM.', 'sv', ['MDM']],
  ] as const)('finds %j', (text, lang, terms) => {
    expect(jargon(text, lang)).toEqual(terms);
  });
  it.each([
    ['Your PDF and your PIN are in the letter.', 'en'],
    ['The ASN, that is the advance shipping notice, is ready.', 'en'],
    ['BR means all of your pay is taxed at the basic rate.', 'en'],
    ['Logga in med BankID och ladda ner pdf-filen.', 'sv'],
    ['IUP betyder individuell utvecklingsplan.', 'sv'],
  ] as const)('leaves %j', (text, lang) => {
    expect(jargon(text, lang)).toEqual([]);
  });
});
