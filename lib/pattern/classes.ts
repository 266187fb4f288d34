/**
 * Word classes of the pattern language: `@you`, `@we`, `@staff`, `@so`, `@because`, `@instead` stand for every
 * word or phrase of the class in the rule's language ("@you" is sinä, sinulle, teidän, lähetitte… in Finnish,
 * you, your, yourself… in English, du, dig, er… in Swedish). A class is one element of a pattern, like a word
 * in brackets with all its forms as options: it matches one of them, so a pattern with classes matches at most
 * a fixed number of words and stays linear-time like any other.
 *
 * The lists are closed: what a class holds is written out here (and in docs/rules.md for supervisors), each
 * form a pattern of plain words and stars. A form belongs to a class only when it says so in any sentence:
 * Finnish second-person verbs end in -tte (lähetitte, olette, ette), but a word ending in -t is as often a
 * plural noun (paperit), so only the second-person auxiliaries are listed (olet, et, olit).
 */
import type { Language } from '../coaching';

export const WORD_CLASSES = ['you', 'we', 'staff', 'so', 'because', 'instead', 'explain'] as const;
export type WordClass = (typeof WORD_CLASSES)[number];

/** Finnish clitics that may follow a pronoun or verb form without changing who it is (sinäkin, tehän, ettekö). */
function withClitics(forms: string[], clitics: string[]): string[] {
  const out: string[] = [];
  for (const f of forms) {
    out.push(f);
    for (const c of clitics) out.push(`${f}${c}`);
  }
  return out;
}

const FI_CLITICS_A = ['kin', 'han', 'kaan', 'ko', 'pa'];
const FI_CLITICS_Ä = ['kin', 'hän', 'kään', 'kö', 'pä'];

const FI_YOU_BACK = [
  'sinua',
  'sinulla',
  'sinulta',
  'sua',
  'sulla',
  'sulta',
  'teidän',
  'teitä',
  'teillä',
  'teiltä',
  'sinun',
  'sun',
  'sinuun',
  'teihin',
];
const FI_YOU_FRONT = ['sinä', 'sä', 'sää', 'sinulle', 'sulle', 'sinussa', 'sinusta', 'susta', 'te', 'teille', 'teissä', 'teistä', 'sie'];
const FI_WE_BACK = [
  'meidän',
  'meitä',
  'meillä',
  'meiltä',
  'minua',
  'minulla',
  'minulta',
  'mua',
  'mulla',
  'multa',
  'minun',
  'mun',
  'meihin',
  'minuun',
];
const FI_WE_FRONT = ['me', 'meille', 'meissä', 'meistä', 'minä', 'mä', 'mää', 'mie', 'minulle', 'mulle', 'minusta', 'minussa'];

const CLASSES: Record<WordClass, Record<Language, string[]>> = {
  you: {
    fi: [
      ...withClitics(FI_YOU_BACK, FI_CLITICS_A),
      ...withClitics(FI_YOU_FRONT, FI_CLITICS_Ä),
      // Second-person plural (and polite singular) verbs: every tense and the negation end in -tte.
      '*tte',
      '*ttekin',
      '*ttehan',
      '*ttehän',
      '*ttekaan',
      '*ttekään',
      '*tteko',
      '*ttekö',
      '*ttekä',
      '*ttepa',
      '*ttepä',
      // Second-person singular auxiliaries and negation (a word in -t may as well be a plural noun).
      ...withClitics(['et', 'olet', 'olit', 'oot', 'etkä'], ['kin', 'hän', 'kö', 'kään', 'kös']),
    ],
    en: ['you', 'your', 'yours', 'yourself', 'yourselves', "you've", "you'd", "you're", "you'll", 'ya'],
    sv: ['du', 'dig', 'dej', 'din', 'ditt', 'dina', 'ni', 'er', 'ert', 'era', 'eder'],
  },
  we: {
    fi: [
      ...withClitics(FI_WE_BACK, FI_CLITICS_A),
      ...withClitics(FI_WE_FRONT, FI_CLITICS_Ä),
      // First-person plural verbs and possessives (teimme, olemme, emme, henkilökuntamme) end in -mme.
      '*mme',
      '*mmekin',
      '*mmehan',
      '*mmehän',
      '*mmekaan',
      '*mmekään',
      '*mmeko',
      '*mmekö',
      '*mmekä',
      '*mmepa',
      '*mmepä',
      ...withClitics(['en', 'olen', 'olin', 'enkä'], ['kin', 'hän', 'kö', 'kään']),
    ],
    en: ['we', 'us', 'our', 'ours', 'ourselves', "we've", "we'd", "we're", "we'll", 'i', 'me', 'my', 'mine', 'myself', "i've", "i'd", "i'm", "i'll"],
    sv: ['vi', 'oss', 'vår', 'vårt', 'våra', 'jag', 'mig', 'mej', 'min', 'mitt', 'mina'],
  },
  staff: {
    fi: [
      'henkilökun*',
      'henkilöstö*',
      'työntekijä*',
      'asentaja*',
      'kuljettaja*',
      '*tarkastaja*',
      'virkailija*',
      'käsittelijä*',
      'asiakaspalvelija*',
      'asiakaspalvelu*',
      'myyjä*',
      'teknikko*',
      'teknikon',
      'teknikot',
      'teknikoi*',
      'huoltomie*',
      'huoltomiehe*',
      'järjestelmä',
      'järjestelmämme',
      'järjestelmän',
      'järjestelmät',
      'tekniikka',
      'tekniikkamme',
      '*valvoja*',
      'kollega*',
      'tiimi*',
      'vartija*',
      // A profession inside a compound is the same role: "eläinlääkäri", "sairaanhoitaja", "ajo-opettaja".
      '*opettaja*',
      '*hoitaja*',
      '*lääkäri*',
      'farmaseut*',
      'mekaanik*',
    ],
    en: [
      'staff',
      'crew*',
      'team',
      'teams',
      'driver*',
      'engineer*',
      'technician*',
      'inspector*',
      'warden*',
      'officer*',
      'attendant*',
      'assessor*',
      'adviser*',
      'advisor*',
      'agent*',
      'colleague*',
      'operator*',
      'courier*',
      'employee*',
      'personnel',
      'representative*',
      'system',
      'systems',
      'software',
      'teacher*',
      'nurse*',
      'doctor*',
      'installer*',
      'contractor*',
      'manager*',
      'surveyor*',
      'supervisor*',
      'receptionist*',
      'council',
      'company',
      'bank',
      'authority',
      'airline',
      'hotel',
    ],
    sv: [
      'personal*',
      'förare*',
      'föraren',
      'chaufför*',
      'kontrollant*',
      'biljettkontrollant*',
      'vakt',
      'vakten',
      'vakter*',
      '*vakten',
      '*vakter',
      'tekniker*',
      'montör*',
      'handläggare*',
      'medarbetare*',
      'kollega*',
      'anställd*',
      'kundtjänst*',
      'systemet',
      'system',
      'lärare*',
      'sjuksköterska*',
      'läkare*',
      'installatör*',
      'teamet',
      'kommunen',
      'förvaltningen',
      '*förvaltningen',
      'nämnden',
      '*nämnden',
      'banken',
      'bolaget',
      'företaget',
      'butiken',
      'skolan',
      'myndigheten',
      'regionen',
    ],
  },
  so: {
    fi: [
      'joten',
      'siksi',
      'niinpä',
      'siispä',
      'seurauksena',
      '(sen|tämän|minkä|jonka|tästä|siitä|mistä|josta) (vuoksi|takia|johdosta|seurauksena|syystä|johtuen)',
      'näin ollen',
      'sitä myöten',
      // Spoken forms: "…, ja siks lääkäri ei ollut paikalla".
      'siks',
      '(sen|tän|tämän) takii',
    ],
    en: [
      'so',
      'therefore',
      'hence',
      'thus',
      'consequently',
      '(which|that|this) (is|was|meant|means) why',
      "(that's|this's) why",
      '(which|that|this) (meant|means|resulted in|led to|caused)',
      'as a (result|consequence)',
      'for (this|that) reason',
      'resulting in',
      'meaning that',
    ],
    sv: [
      'därför',
      'så',
      'följaktligen',
      'därmed',
      'vilket (gjorde|gör|innebar|innebär|ledde till|medförde) att',
      'vilket (har|hade) (orsakat|lett till|medfört)',
      'vilket (orsakade|orsakar)',
      'det är därför',
      'av (den anledningen|det skälet)',
      'på grund av det',
      'med (följden|resultatet) att',
      'som en följd',
    ],
  },
  because: {
    fi: ['koska', 'kosk', 'koskapa', 'koskahan', 'johtuu|johtui|johtuvat|johtuivat|johtunut|johtuneet (siitä|tästä)', '(syy|syynä) (on|oli) [se]'],
    en: [
      'because',
      'due to',
      'owing to',
      'on account of',
      'as a result of',
      '(the|this) reason (is|was)',
      '(is|was|were|has been) (caused by|due to|down to)',
    ],
    sv: [
      'eftersom',
      'därför att',
      'på grund av',
      'pga',
      'p.g.a',
      'beror|berodde|berott på',
      '(orsaken|anledningen|skälet) (är|var)',
      'till följd av',
    ],
  },
  instead: {
    fi: ['sen sijaan', 'sijaan', 'sijasta', 'vaihtoehtoisesti', 'vaihtoehtona', 'vaihtoehdoksi', 'tilalle', 'tilalla', 'onneksi'],
    en: [
      'instead',
      'alternatively',
      'as an alternative',
      'in its place',
      'fortunately',
      'luckily',
      'the good news',
      'what (we|I|you) can do',
      'in the meantime',
      'meanwhile',
    ],
    sv: [
      'istället',
      'i stället',
      'alternativt',
      'som alternativ',
      'lyckligtvis',
      'som tur är',
      '(det|vad) (vi|jag|du) kan göra',
      'under tiden',
      'i väntan på',
    ],
  },
  explain: {
    fi: [
      'eli',
      'eli siis',
      'toisin sanoen',
      'se tarkoittaa',
      'tämä tarkoittaa',
      'mikä tarkoittaa',
      'joka tarkoittaa',
      'jolla tarkoitetaan',
      'millä tarkoitetaan',
      'tarkoittaa',
      'tarkoittaen',
      'lyhenne sanoista',
      'on lyhenne',
      // A next sentence that says what the term is: "…VIES-palvelusta. Se on EU:n ylläpitämä haku…".
      'se on',
      'kyseessä on',
      // The next sentence names the term again: "…PKV-lääkkeisiin. Lyhenne tarkoittaa…".
      'lyhenne tarkoittaa',
      'termi tarkoittaa',
      'sana tarkoittaa',
    ],
    en: [
      'that is',
      'i.e',
      'ie',
      'which means',
      'this means',
      'that means',
      'it means',
      'meaning',
      'in other words',
      'also known as',
      'also called',
      // The thing first, then its name: "the three-digit security code, often called the CVV".
      'often called',
      'usually called',
      'known as',
      'short for',
      'which is short for',
      'stands for',
      'which stands for',
      'means',
      'is short for',
      // The next sentence names the term again: "…the CVV. The abbreviation stands for…".
      'the abbreviation means',
      'the abbreviation stands for',
      'the term means',
      'it stands for',
      'this stands for',
    ],
    sv: [
      'alltså',
      'dvs',
      'd.v.s',
      'det vill säga',
      'det betyder',
      'vilket betyder',
      'som betyder',
      'vilket innebär',
      'det innebär',
      'som innebär',
      'förkortning för',
      'står för',
      'som står för',
      'med andra ord',
      'betyder',
      'innebär',
      // The next sentence names the term again: "…AGP. Förkortningen står för…".
      'förkortningen står för',
      'förkortningen betyder',
      'termen betyder',
      'det står för',
    ],
  },
};

/** The forms of a class in one language, or in all three (when a pattern is checked without a language). */
export function classForms(name: string, language?: Language): string[] | null {
  const c = (CLASSES as Record<string, Record<Language, string[]>>)[name];
  if (!c || !Object.hasOwn(CLASSES, name)) return null;
  if (language) return c[language];
  return [...new Set([...c.fi, ...c.en, ...c.sv])];
}

/** Every class and its forms per language, for docs and the workbench. */
export function wordClasses(): Record<WordClass, Record<Language, readonly string[]>> {
  return CLASSES;
}
