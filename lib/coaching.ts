/**
 * The coaching model of ../shared/COACHING.md: the five steps of a reply to a complaint and the tone
 * categories every rule belongs to. The ids are part of the outside contract and never change.
 */

export const LANGUAGES = ['fi', 'en', 'sv'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Text in each UI language; a ruleset may give only some of them. */
export type LocalText = Partial<Record<Language, string>>;

export const STEP_IDS = ['greet', 'thank', 'empathize', 'apologize', 'next-steps'] as const;
export type StepId = (typeof STEP_IDS)[number];
export type Steps = Record<StepId, boolean>;

/**
 * The five steps: `name`, and what would make it `strong` when a phrase covers it only weakly (the phrase has an
 * open hint: "Pahoittelemme mahdollista haittaa" is a stock apology). What the reply does for each is `STEP_DOES`.
 */
export const STEPS: Record<StepId, { name: Record<Language, string>; strong: Record<Language, string> }> = {
  greet: {
    name: { fi: 'Kohtaa ihminen', en: 'Meet the person', sv: 'Möt människan' },
    strong: {
      fi: 'Tervehdi omin sanoin, mieluiten nimeltä, ja näytä, että luit viestin.',
      en: 'Greet them in your own words, ideally by name, and show you read their message.',
      sv: 'Hälsa med egna ord, gärna med namn, och visa att du läst meddelandet.',
    },
  },
  thank: {
    name: { fi: 'Kiitä', en: 'Thank them for raising it', sv: 'Tacka' },
    strong: {
      fi: 'Kiitä omin sanoin juuri siitä, mitä asiakas kertoi.',
      en: 'Thank them in your own words for exactly what they told you.',
      sv: 'Tacka med egna ord för just det kunden berättade.',
    },
  },
  empathize: {
    name: { fi: 'Asetu asiakkaan asemaan', en: 'Put yourself in their place, in words', sv: 'Sätt dig in i kundens situation' },
    strong: {
      fi: 'Sano omin sanoin, miltä tilanne asiakkaasta tuntuu, ilman jossittelua.',
      en: 'Say in your own words how the situation feels to them, with no “if”.',
      sv: 'Säg med egna ord hur situationen känns för kunden, utan ”om”.',
    },
  },
  apologize: {
    name: { fi: 'Älä etsi syyllisiä, pahoittele', en: 'No blame; apologise', sv: 'Ingen skuldfråga; be om ursäkt' },
    strong: {
      fi: 'Nimeä, mikä meni vikaan, ja pahoittele sitä ilman ehtoja.',
      en: 'Name what went wrong and say sorry for it, with no conditions.',
      sv: 'Säg vad som gick fel och be om ursäkt för det, utan villkor.',
    },
  },
  'next-steps': {
    name: { fi: 'Mitä seuraavaksi', en: 'What happens next', sv: 'Vad händer härnäst' },
    strong: {
      fi: 'Kerro, kuka tekee mitä ja mihin mennessä.',
      en: 'Say who does what, and by when.',
      sv: 'Säg vem som gör vad, och när.',
    },
  },
};

/**
 * What the reply does for each step (the popup says it under the step's name). Apart from `STEPS` because the coach
 * in the page shows only the names and how to make a weak step strong: a table in STEPS would be bundled into the
 * content script whole (docs/editor-coach.md, "Size of the content script").
 */
export const STEP_DOES: Record<StepId, Record<Language, string>> = {
  greet: {
    fi: 'Puhuttele ihmistä, mieluiten nimeltä, ja näytä, että kuuntelit.',
    en: 'Address the person, ideally by name, and show that you listened.',
    sv: 'Tilltala personen, gärna med namn, och visa att du har lyssnat.',
  },
  thank: {
    fi: 'Kiitä siitä, että asia otettiin puheeksi.',
    en: 'Value that the problem was raised.',
    sv: 'Tacka för att kunden tog upp saken.',
  },
  empathize: {
    fi: 'Sano sanoin, millainen tilanne asiakkaalle on.',
    en: "Name the customer's situation or feeling.",
    sv: 'Sätt ord på kundens situation eller känsla.',
  },
  apologize: {
    fi: 'Ota osa vastuusta ja pahoittele selvästi, kun jokin meni vikaan.',
    en: 'Take a share of the responsibility and say sorry plainly where something went wrong.',
    sv: 'Ta en del av ansvaret och be om ursäkt rakt ut när något gick fel.',
  },
  'next-steps': {
    fi: 'Kerro, mitä tapahtuu nyt ja milloin: konkreettinen lupaus, joka voidaan pitää.',
    en: 'Say what happens now and when: a concrete promise that can be kept.',
    sv: 'Säg vad som händer nu och när: ett konkret löfte som går att hålla.',
  },
};

export const CATEGORY_IDS = [
  'blame',
  'passive-aggressive',
  'defensive',
  'dismissive',
  'negative-framing',
  'formulaic-apology',
  'vague-promise',
  'shouting',
  'jargon',
  'readability',
] as const;
export type BuiltInCategoryId = (typeof CATEGORY_IDS)[number];
/** A built-in category id, or one a team ruleset declares. */
export type CategoryId = string;

export const CATEGORIES: Record<BuiltInCategoryId, { name: Record<Language, string> }> = {
  blame: {
    name: { fi: 'Syyllistäminen', en: 'Blame', sv: 'Skuldbeläggning' },
  },
  'passive-aggressive': {
    name: { fi: 'Piikittely', en: 'Passive-aggressive', sv: 'Passivt aggressivt' },
  },
  defensive: {
    name: { fi: 'Puolustautuminen', en: 'Defensive', sv: 'Defensivt' },
  },
  dismissive: {
    name: { fi: 'Vähättely', en: 'Dismissive', sv: 'Nedlåtande' },
  },
  'negative-framing': {
    name: { fi: 'Kielteinen kehys', en: 'Negative framing', sv: 'Negativ inramning' },
  },
  'formulaic-apology': {
    name: { fi: 'Kaavamainen pahoittelu', en: 'Formulaic apology', sv: 'Formelartad ursäkt' },
  },
  'vague-promise': {
    name: { fi: 'Epämääräinen lupaus', en: 'Vague promise', sv: 'Vagt löfte' },
  },
  shouting: {
    name: { fi: 'Huutaminen', en: 'Shouting', sv: 'Skrikande' },
  },
  jargon: {
    name: { fi: 'Ammattikieli', en: 'Jargon', sv: 'Fackspråk' },
  },
  readability: {
    name: { fi: 'Luettavuus', en: 'Readability', sv: 'Läsbarhet' },
  },
};

/**
 * What each built-in category means and what to do instead (`categoryDescription`). Apart from `CATEGORIES`, like
 * `STEP_DOES`: the coach in the page names categories and never describes them.
 */
export const CATEGORY_DESCRIPTIONS: Record<BuiltInCategoryId, Record<Language, string>> = {
  blame: {
    fi: 'Syyttää asiakasta. Kerro mieluummin, mitä seuraavaksi tarvitaan.',
    en: 'Blames the customer. Say what is needed next instead.',
    sv: 'Lägger skulden på kunden. Säg hellre vad som behövs härnäst.',
  },
  'passive-aggressive': {
    fi: 'Muistuttaa piikikkäästi aiemmista viesteistä. Kerro tieto uudelleen ystävällisesti.',
    en: 'Reminds the reader of earlier messages in an edged way. Repeat the information kindly.',
    sv: 'Påminner spetsigt om tidigare meddelanden. Upprepa informationen vänligt.',
  },
  defensive: {
    fi: 'Piiloutuu sääntöjen taakse tai työntää ongelman pois. Kerro, kuka voi auttaa.',
    en: 'Hides behind rules or pushes the problem away. Say who can help.',
    sv: 'Gömmer sig bakom regler eller skjuter bort problemet. Säg vem som kan hjälpa.',
  },
  dismissive: {
    fi: 'Vähättelee ongelmaa tai puhuu alentuvasti. Jätä sana pois ja selitä.',
    en: 'Minimises the problem or talks down. Drop the word and explain.',
    sv: 'Förminskar problemet eller talar nedlåtande. Stryk ordet och förklara.',
  },
  'negative-framing': {
    fi: 'Aloittaa siitä, mikä ei onnistu. Kerro ensin, mikä onnistuu.',
    en: 'Leads with what cannot be done. Lead with what can.',
    sv: 'Börjar med det som inte går. Börja med det som går.',
  },
  'formulaic-apology': {
    fi: 'Tyhjä, ehdollinen tai vakiopahoittelu. Nimeä, mikä meni vikaan.',
    en: 'An empty, conditional or stock apology. Name what went wrong and own it.',
    sv: 'En tom, villkorad eller standardiserad ursäkt. Säg vad som gick fel.',
  },
  'vague-promise': {
    fi: 'Lupaus ilman aikaa tai tekijää. Kerro, kuka tekee mitä ja milloin.',
    en: 'A promise with no time or owner. Say who does what, and by when.',
    sv: 'Ett löfte utan tid eller ansvarig. Säg vem som gör vad och när.',
  },
  shouting: {
    fi: 'ISOT KIRJAIMET tai ”!!” korostuksena. Korosta rauhallisesti.',
    en: 'CAPITALS or “!!” for emphasis. Use calm, plain emphasis.',
    sv: 'VERSALER eller ”!!” som betoning. Betona lugnt.',
  },
  jargon: {
    fi: 'Sisäinen termi, selittämätön lyhenne tai virkakieli. Käytä tavallista sanaa tai selitä termi.',
    en: 'An internal term, an unexplained abbreviation or officialese. Use plain words or explain it.',
    sv: 'En intern term, en oförklarad förkortning eller byråkratspråk. Använd vanliga ord eller förklara.',
  },
  readability: {
    fi: 'Virke tai sana on liian pitkä luettavaksi kerralla. Jaa se.',
    en: 'A sentence or word too long to read at once. Split it.',
    sv: 'En mening eller ett ord som är för långt att läsa på en gång. Dela upp det.',
  },
};

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

export function noSteps(): Steps {
  return { greet: false, thank: false, empathize: false, apologize: false, 'next-steps': false };
}

/** Picks the text for `lang`, falling back to English, Finnish, then whatever there is. */
export function localize(text: LocalText | undefined, lang: Language): string {
  if (!text) return '';
  return text[lang] ?? text.en ?? text.fi ?? text.sv ?? '';
}

/** A category a ruleset declares (a team's own): its id and its name and description in some languages. */
export interface DeclaredCategory {
  id: string;
  name: LocalText;
  description?: LocalText;
}

/**
 * The name of a tone category for people, never its id: a built-in category by COACHING.md, a team's own by
 * what its ruleset declares (`declared`), the id only when neither knows it (a category of a ruleset no longer in
 * force). The pages, the coach's card and panel and the progress history all name categories through this.
 */
export function categoryName(id: string, lang: Language, declared: readonly DeclaredCategory[] = []): string {
  return categoryNameIn(CATEGORIES, id, lang, declared);
}

/**
 * categoryName() over a table of the built-in categories' names: the coach in a page has CATEGORIES' names from the
 * extension's locale data (components/coach/text.ts), not bundled.
 */
export function categoryNameIn(
  builtIns: Readonly<Record<BuiltInCategoryId, { name: Record<Language, string> }>>,
  id: string,
  lang: Language,
  declared: readonly DeclaredCategory[] = [],
): string {
  const builtIn = (builtIns as Record<string, { name: Record<Language, string> } | undefined>)[id];
  if (builtIn) return builtIn.name[lang];
  return localize(declared.find((c) => c.id === id)?.name, lang) || id;
}

/** What a category means and what to do instead, as categoryName() finds it ('' when nothing says). */
export function categoryDescription(id: string, lang: Language, declared: readonly DeclaredCategory[] = []): string {
  const builtIn = (CATEGORY_DESCRIPTIONS as Record<string, Record<Language, string> | undefined>)[id];
  if (builtIn) return builtIn[lang];
  return localize(declared.find((c) => c.id === id)?.description, lang);
}
