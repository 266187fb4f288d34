/**
 * The checker's marks of a rewrite no one could send (lib/rewrite/marks.ts), as a reader sees them: each test
 * is a line before and after a rewrite, and the marks the rewrite added.
 */
import { describe, expect, it } from 'vitest';
import { bundledRuleset } from '../../lib/ruleset/bundled';
import { replyContext, shoutWords } from '../../lib/rewrite/context';
import { addedMarks } from '../../lib/rewrite/marks';
import { isQuestion, languageWords } from '../../lib/rewrite/words';
import { words } from '../../lib/text/tokens';

/** The reply's context with its language's shouting words from the bundled rules, as the checker reads it. */
const lexicon = (lang: 'fi' | 'en' | 'sv') => languageWords(bundledRuleset().rewriting, lang);
const context = (text: string, lang: 'fi' | 'en' | 'sv') => replyContext(text, lexicon(lang), shoutWords(bundledRuleset().rules, lang));
const kinds = (before: string, after: string, lang: 'fi' | 'en' | 'sv') =>
  addedMarks(before, after, lexicon(lang), context(before, lang)).map((m) => `${m.kind}: ${m.text}`);

describe('shouting-left: half a shouted run put in small letters', () => {
  it('marks capitals left beside the words put in small letters, across a number', () => {
    const before = 'Muista, että NOUTOAIKA ON VAIN 7 PÄIVÄÄ.';
    expect(kinds(before, 'Muista, että noutoaika on vain 7 PÄIVÄÄ.', 'fi')).toEqual(['shouting-left: PÄIVÄÄ']);
    expect(kinds(before, 'Muista, että noutoaika on vain 7 päivää.', 'fi')).toEqual([]);
  });
  it('marks a shouted sentence left next to one put in small letters', () => {
    expect(kinds('DO NOT CALL. WRITE TO US.', 'Do not call. WRITE TO US.', 'en')).toEqual(['shouting-left: WRITE']);
  });
  it('leaves acronyms alone: known ones and those the reply writes among small letters', () => {
    expect(kinds('APPROVE IT BEFORE FRIDAY FOR BACS PROCESSING.', 'Approve it before Friday for BACS processing.', 'en')).toEqual([]);
    const reply = 'Tiedot kulkevat DSO:n kautta. LUKEMAT TULEVAT DSO:LTA.';
    expect(addedMarks(reply, 'Tiedot kulkevat DSO:n kautta. Lukemat tulevat DSO:LTA.', lexicon('fi'), context(reply, 'fi'))).toEqual([]);
  });
});

describe('repeated-content: what a rewrite wrote beside the same thing', () => {
  it('marks a word written again right beside its own stem', () => {
    expect(
      kinds('Sopimuksenne SLA:n mukainen vasteaika on 4 tuntia.', 'Sopimuksenne sovitun vasteajan mukainen vasteaika on 4 tuntia.', 'fi'),
    ).toEqual(['repeated-content: vasteajan … vasteaika']);
  });
  it('marks a preposition twice within a few words, not one the writer had already', () => {
    expect(kinds('As per the SLA with our agent.', 'In line with the SLA with our agent.', 'en')).toEqual(['repeated-content: with … with']);
    expect(kinds('As per the SLA with our agent.', 'According to the SLA with our agent.', 'en')).toEqual([]);
    expect(kinds('Talk with the team with care, as per the plan.', 'Talk with the team with care, under the plan.', 'en')).toEqual([]);
  });
  it('does not mark words of one family a few words apart', () => {
    expect(kinds('Käsittelijä ottaa asian työjonoon.', 'Käsittelijä ottaa asian käsittelyyn.', 'fi')).toEqual([]);
  });
});

describe('isQuestion: the one mark a pile-up of marks becomes', () => {
  const q = (text: string, lang: 'fi' | 'en' | 'sv') => isQuestion(words(text), text, lexicon(lang));
  it('reads questions by their opening word, a verb with its subject first, or -ko/-kö', () => {
    expect(q('Oletko kokeillut sitä', 'fi')).toBe(true);
    expect(q('Miksi tilasit siirron perjantaina', 'fi')).toBe(true);
    expect(q('Why not check the website first', 'en')).toBe(true);
    expect(q('Did you check the spam folder', 'en')).toBe(true);
    expect(q('Har du själv låst perioden', 'sv')).toBe(true);
  });
  it('reads statements and commands as such', () => {
    expect(q('Laitathan tiedot perjantaihin mennessä, jos haluat maksun tarkistettavan', 'fi')).toBe(false);
    expect(q('Du har alltså själv låst perioden, och därför går det inte att ändra den', 'sv')).toBe(false);
    expect(q('Do not call', 'en')).toBe(false);
    expect(q('You agreed to the terms when you signed up', 'en')).toBe(false);
  });
});
