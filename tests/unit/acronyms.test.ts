/** An acronym the reader may not know (lib/text/acronyms.ts), and the bundled jargon rules that use it. */
import { describe, expect, it } from 'vitest';
import { analyze, bundledRuleset, compileRuleset, mergeRulesets, validateRuleset, type Language } from '../../lib/index';
import type { Metric } from '../../lib/ruleset/schema';
import { languageWords } from '../../lib/rewrite/words';
import { isUnknownAcronym, keptAcronym } from '../../lib/text/acronyms';
import { words } from '../../lib/text/tokens';

/** The bundled acronyms rule's metric of a language: its code, product and team words. */
const metricOf = (lang: Language) =>
  bundledRuleset().rules.find((r) => r.languages.includes(lang) && r.metric?.kind === 'acronyms')?.metric as Extract<Metric, { kind: 'acronyms' }>;
const ALLOW = ['pin', 'eu', 'not'];
const flagged = (line: string, lang: Language = 'en') => {
  const tokens = words(line);
  const metric = { ...metricOf(lang), allow: ALLOW, minLetters: 2, maxLetters: 4 };
  const { greetings, listWords } = languageWords(bundledRuleset().rewriting, lang);
  return tokens.filter((_, i) => isUnknownAcronym(tokens, i, line, metric, greetings, listWords)).map((t) => t.text);
};

describe('isUnknownAcronym', () => {
  it('finds a short word in capitals that is not a known one', () => {
    expect(flagged('Your EHCP is reviewed by the SENCO next month.')).toEqual(['EHCP']);
    expect(flagged('Ärendet är en FU-anmälan.', 'sv')).toEqual(['FU']);
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

  it('leaves a word in a web address and the letters after a model number', () => {
    expect(flagged('The link is studio.example.com/d/GH-stems now.')).toEqual([]);
    expect(flagged('Katsomanne Hobby De Luxe 490 KMF on vielä myynnissä.', 'fi')).toEqual([]);
    expect(flagged('Katsomanne vaunu vuodelta 2019 KMF on vielä myynnissä.', 'fi')).toEqual(['KMF']);
  });

  it('leaves an acronym defined in its line', () => {
    expect(flagged('The education plan (EHCP) is reviewed, and the EHCP goes to you.')).toEqual([]);
    expect(flagged('Allmänna reklamationsnämnden, ARN, prövar tvister. ARN är gratis.', 'sv')).toEqual([]);
    expect(flagged('This is often shortened to "ASN". The ASN is ready.')).toEqual([]);
  });

  it('leaves an acronym glossed in an apposition after a comma (round 7)', () => {
    expect(flagged('Du frågade om GDPR, EU:s dataskyddsförordning. Den ger dig rätt till ett utdrag.')).toEqual([]);
    expect(flagged('The DSO, the distribution system operator, will call you.')).toEqual([]);
    expect(flagged('Ta med ditt EHIC, europeiska sjukförsäkringskortet, på resan.')).toEqual([]);
    expect(flagged('Lagen heter PBL, plan- och bygglagen.')).toEqual([]);
  });

  it("the next item of a list of codes after a code word is a code too (the language's listWords, round 13)", () => {
    expect(flagged('Vi har betet i färgerna FT och CRD, och färgen GFR kommer på tisdag.', 'sv')).toEqual([]);
    expect(flagged('We stock it in colours FT and CRD.')).toEqual([]);
    // Without a code word before the list, the second acronym is one to explain.
    expect(flagged('Vi kontrollerade FT och CRD i går.', 'sv')).toEqual(['CRD']);
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

describe("a team's own words for the acronym check (overrides, docs/rules.md)", () => {
  const team = (overrides: unknown) => ({
    schemaVersion: 1,
    id: 'team.acronyms',
    name: 'Team',
    version: '1',
    languages: ['fi', 'en'],
    overrides,
  });
  const jargon = (text: string, lang: Language, layer?: unknown) => {
    let ruleset = bundledRuleset();
    if (layer) {
      const v = validateRuleset(layer);
      if (!v.ok) throw new Error(JSON.stringify(v.problems));
      ruleset = mergeRulesets(ruleset, v.ruleset);
    }
    return analyze(text, { lang, ruleset: compileRuleset(ruleset) })
      .hints.filter((h) => h.category === 'jargon')
      .map((h) => text.slice(h.start, h.end));
  };

  it('a product name the team adds is no acronym to explain', () => {
    const text = 'Lataa TIX ja kirjaudu sillä sisään.';
    expect(jargon(text, 'fi')).toEqual(['TIX']);
    expect(jargon(text, 'fi', team({ 'fi.jargon.lyhenne': { allow: ['TIX'] } }))).toEqual([]);
    // In its own language only: the English rule still asks for TIX to be explained.
    expect(jargon('Download TIX and sign in with it.', 'en', team({ 'fi.jargon.lyhenne': { allow: ['TIX'] } }))).toEqual(['TIX']);
  });

  it('a word the team adds after which capitals name its product or a code', () => {
    expect(jargon('Check the QBX kiosk.', 'en')).toEqual(['QBX']);
    expect(jargon('Check the QBX kiosk.', 'en', team({ 'en.jargon.unexplained-acronym': { productWords: ['kiosk'] } }))).toEqual([]);
    expect(jargon('Tarkista hyllypaikka QBX.', 'fi')).toEqual(['QBX']);
    expect(jargon('Tarkista hyllypaikka QBX.', 'fi', team({ 'fi.jargon.lyhenne': { codeEndings: ['paikka'] } }))).toEqual([]);
  });

  it("adds to the bundled lists and to another layer's, keeping the later severity", () => {
    const first = validateRuleset(team({ 'en.jargon.unexplained-acronym': { productWords: ['kiosk'], severity: 'info' } }));
    const second = validateRuleset(team({ 'en.jargon.unexplained-acronym': { productWords: ['locker'], severity: 'warning' } }));
    if (!first.ok || !second.ok) throw new Error('invalid');
    const merged = mergeRulesets(bundledRuleset(), first.ruleset, second.ruleset);
    const rule = merged.rules.find((r) => r.id === 'en.jargon.unexplained-acronym');
    expect(rule?.metric).toMatchObject({ productWords: expect.arrayContaining(['app', 'card', 'kiosk', 'locker']) });
    const hints = analyze('Open the QBX locker, then the ZRT kiosk and the HVQ shelf.', { lang: 'en', ruleset: compileRuleset(merged) }).hints;
    expect(hints.filter((h) => h.category === 'jargon').map((h) => [h.ruleId, h.text, h.severity])).toEqual([
      ['en.jargon.unexplained-acronym', 'HVQ', 'warning'],
    ]);
  });

  it("adds the words its app's buttons follow to the capitals metric (labelWords, labelNouns)", () => {
    const layer = validateRuleset(team({ 'en.shouting.capitals': { labelWords: ['hit'], labelNouns: ['tile'] } }));
    if (!layer.ok) throw new Error(JSON.stringify(layer.problems));
    const shouted = (text: string, ruleset = compileRuleset(bundledRuleset())) =>
      analyze(text, { lang: 'en', ruleset })
        .hints.filter((h) => h.category === 'shouting')
        .map((h) => h.text);
    const merged = compileRuleset(mergeRulesets(bundledRuleset(), layer.ruleset));
    expect(shouted('Then hit RESEND CODE and wait a minute.')).toEqual(['RESEND CODE']);
    expect(shouted('Then hit RESEND CODE and wait a minute.', merged)).toEqual([]);
    expect(shouted('Your bookings are under the MY TRIPS tile.')).toEqual(['MY TRIPS']);
    expect(shouted('Your bookings are under the MY TRIPS tile.', merged)).toEqual([]);
    expect(shouted('Please DO NOT hit refresh.', merged)).toEqual(['DO NOT']);
  });

  it('a broken list gets a clear message with its place', () => {
    const problems = (overrides: unknown) => {
      const v = validateRuleset(team(overrides));
      return v.ok ? [] : v.problems;
    };
    expect(problems({ 'fi.jargon.lyhenne': { productWords: 'sovellus' } })).toEqual([
      { path: '$.overrides["fi.jargon.lyhenne"].productWords', message: 'productWords is a list of words, like ["app", "portal"]' },
    ]);
    expect(problems({ 'fi.jargon.lyhenne': { allow: ['TIX', 'TIX Pro'] } })).toEqual([
      {
        path: '$.overrides["fi.jargon.lyhenne"].allow[1]',
        message: 'one word per entry, without spaces: write "code" and "number", not "code number"',
      },
    ]);
    expect(problems({ 'fi.jargon.lyhenne': {} })[0].message).toMatch(/^an override gives "severity", or words to add/);
    expect(problems({ 'fi.jargon.lyhenne': { produktWords: ['app'] } })[0].message).toBe('unknown field "produktWords": check the spelling');
    const rule = bundledRuleset().rules.find((r) => r.id === 'en.jargon.unexplained-acronym');
    const broken = { ...team({}), rules: [{ ...rule, id: 'team.acronyms', metric: { ...rule?.metric, codeWords: [7] } }] };
    const v = validateRuleset(broken);
    expect(v.ok ? [] : v.problems).toEqual([
      { path: '$.rules[0].metric.codeWords[0]', message: 'a word list holds words as text, like "app" (rule "team.acronyms")' },
    ]);
  });
});

describe('a Finnish sentence that opens with an acronym and says what it is', () => {
  const jargon = (text: string) =>
    analyze(text, { lang: 'fi' })
      .hints.filter((h) => h.category === 'jargon')
      .map((h) => text.slice(h.start, h.end));
  it('explains it in the whole reply: the copula and a relative clause', () => {
    expect(jargon('Saat DDP-kuvan. DDP on tiedostopaketti, josta tehdas valmistaa levyn.')).toEqual([]);
    expect(jargon('ISRC-koodit ovat kappaleiden tunnistenumeroita, joiden avulla korvaukset ohjautuvat oikein.')).toEqual([]);
  });
  it('not a sentence that only says something about it', () => {
    expect(jargon('DDP on valmis, joten lähetän sen huomenna.')).toEqual(['DDP']);
  });
});
