/**
 * The few word lists rewriting needs, per reply language: words a sentence cannot end on, deadline words and
 * what counts as a date after them, negations (a rewrite must not drop one), greetings (the words after one are
 * a name), and the words that tell how the reply addresses the reader (sinä or Te, du or ni).
 */
import type { Language } from '../coaching';

const set = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

/** A sentence or clause that ends on one of these was cut short ("Pahoittelen, että." "…and."). */
export const DANGLING: Record<Language, Set<string>> = {
  fi: set('ja että mutta sekä tai kun jos koska vaan eli joten jotta kuin mikäli vaikka'),
  en: set('and that but or because if than when while the a an our'),
  sv: set('och att men eller eftersom om än när medan'),
};

/** Words that promise a time: each needs a date or day after it, or before it for mennessä/senast. */
export const DEADLINE: Record<Language, Set<string>> = {
  fi: set('viimeistään'),
  en: set('latest'),
  sv: set('senast'),
};

/** Words that name a day or time (beside any word with a digit). */
export const DATE_WORDS: Record<Language, Set<string>> = {
  fi: set(`tänään huomenna ylihuomenna ensi tällä klo kello aamulla illalla päivällä iltapäivällä aamupäivällä
    maanantaina tiistaina keskiviikkona torstaina perjantaina lauantaina sunnuntaina maanantaihin tiistaihin
    keskiviikkoon torstaihin perjantaihin lauantaihin sunnuntaihin viikon kuun huomisaamuna`),
  en: set(`today tomorrow monday tuesday wednesday thursday friday saturday sunday noon midday tonight end next this
    january february march april may june july august september october november december`),
  sv: set(`idag imorgon i morgon måndag tisdag onsdag torsdag fredag lördag söndag kl klockan nästa denna vecka
    januari februari mars april maj juni juli augusti september oktober november december`),
};

/** Negations: a rewrite that leaves fewer of them in the sentence may have turned a no into a yes. */
export const NEGATIONS: Record<Language, Set<string>> = {
  fi: set('ei en et emme ette eivät eikä enkä etkä emmekä ettekä eivätkä älä älkää ettei ettemme ellei jollei eihän enhän emmehän'),
  en: set(
    "not no never cannot can't won't don't doesn't didn't isn't aren't wasn't weren't couldn't shouldn't wouldn't unable nothing none nor neither",
  ),
  sv: set('inte ej aldrig ingen inget inga varken'),
};

/** Words that open a greeting: the words after one, up to a comma, are a name ("Hei Matti Virtanen,"). */
export const GREETINGS: Record<Language, Set<string>> = {
  fi: set('hei hyvä moi moikka terve arvoisa hello'),
  en: set('hi hello dear hey'),
  sv: set('hej hejsan hallå bästa kära'),
};

/** Words after a greeting that are not a name. */
export const NOT_NAMES: Record<Language, Set<string>> = {
  fi: set('kaikki kaikille asiakas asiakkaamme asiakkaat vaan taas jälleen vielä sinä te teille sinulle ja kiitos'),
  en: set('all everyone there team again you customer and thanks'),
  sv: set('alla igen du ni kund och tack'),
};

/** Sentences never start with these: what is left after a cut ("Että maksu erääntyy."). */
export const NO_START: Record<Language, Set<string>> = {
  fi: set('että'),
  en: set(''),
  sv: set(''),
};

/** Words that only a reply saying sinä (du) uses, and those of a reply saying Te (ni). */
export const ADDRESS: Record<Language, { informal: Set<string>; formal: Set<string> }> = {
  fi: {
    informal: set(`sinä sinun sinulle sinua sinulla sinulta sinuun sinusta sinut sulle sua sun olet voit saat et teit
      haluat pystyt tiedät ymmärrät huomaat löydät ota soita lähetä täytä kirjaudu liitä katso ilmoita`),
    formal: set(`te teidän teille teitä teillä teiltä teihin teistä teidät olette voitte saatte ette teitte haluatte
      pystytte tiedätte ymmärrätte huomaatte löydätte ottakaa soittakaa lähettäkää täyttäkää kirjautukaa liittäkää
      katsokaa ilmoittakaa`),
  },
  en: { informal: set(''), formal: set('') },
  sv: {
    informal: set('du dig din ditt dina'),
    formal: set('ni er era ert'),
  },
};

/**
 * Finnish possessive endings, a weaker sign than the words above: -nne (teidän: "hakemuksenne") and -si
 * (sinun: "hakemuksesi", "laskusi"), on words long enough not to be something else. Not -isi, which is
 * as often a conditional verb ("olisi", "maksaisi") as "viestisi".
 */
export function finnishPossessive(word: string): 'informal' | 'formal' | null {
  if (word.length < 7) return null;
  if (/[aeiouyäö]nne$/.test(word)) return 'formal';
  if (/[eouyäö]si$/.test(word) && !/(?:uusi|kuusi|vuosi|kausi)$/.test(word)) return 'informal';
  return null;
}

/** Words that open a question (a question word, or a verb put first in English and Swedish). */
const QUESTION_OPENERS: Record<Language, Set<string>> = {
  fi: set(`mikä mitkä mitä minkä missä mistä mihin miksi miksei mikset miksette milloin miten kuinka kuka ketkä ketä kenen
    keneltä kenelle kehen montako paljonko joko eikö eivätkö entä entäs`),
  en: set(`what why when where who whom whose which how do does did don't doesn't didn't is isn't are aren't was wasn't were
    weren't can can't could couldn't will won't would wouldn't shall should shouldn't have haven't has hasn't had hadn't
    may might must`),
  sv: set(`vad varför när var vem vems vilken vilket vilka hur har hade kan kunde ska skall skulle vill ville är blir blev
    får fick måste borde behöver gör gjorde finns fanns vet visste stämmer går gick`),
};

const VERB_FIRST: Record<Language, Set<string>> = {
  fi: set(''),
  en: set(`do does did don't doesn't didn't is isn't are aren't was wasn't were weren't can can't could couldn't will won't
    would wouldn't shall should shouldn't have haven't has hasn't had hadn't may might must`),
  sv: set(
    'har hade kan kunde ska skall skulle vill ville är blir blev får fick måste borde behöver gör gjorde finns fanns vet visste stämmer går gick',
  ),
};

const SUBJECTS: Record<Language, Set<string>> = {
  fi: set(''),
  en: set('you we i they he she it this that there the your our my anyone someone anybody everyone'),
  sv: set('du ni jag vi han hon den det de man någon alla detta ärendet inte'),
};

/**
 * Whether a sentence (its words) asks a question: it, or a clause after its comma, opens with a question word
 * or a verb put first, or (Finnish) a word ends in the question clitic -ko/-kö ("Oletko", "Voisitteko"). A
 * statement with "??" gets a full stop when the marks are mended, a question one question mark.
 */
export function isQuestion(tokens: readonly { lower: string; start: number }[], line: string, language: Language): boolean {
  const openers = QUESTION_OPENERS[language];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const opens = i === 0 || /,\s*$/.test(line.slice(0, t.start));
    // A verb put first asks only with its subject after it: "Do you…", "Har du…"; "Do not call" is a command.
    const verb = VERB_FIRST[language].has(t.lower);
    if (opens && openers.has(t.lower) && (!verb || SUBJECTS[language].has(tokens[i + 1]?.lower ?? ''))) return true;
    if (language === 'fi' && t.lower.length >= 5 && /(?:ko|kö|kohan|köhän|kos|kös)$/.test(t.lower) && (i === 0 || opens)) return true;
  }
  return false;
}

/** Prepositions that read wrong twice within a few words ("in line with the SLA with"). */
export const PREPOSITIONS: Record<Language, Set<string>> = {
  fi: set(''),
  en: set('with for to of from by about under'),
  sv: set('med för till av från om enligt'),
};

/** Words that end a written sentence by pointing back ("Jag ber om ursäkt för det."): something before must say what. */
export const REFERS_BACK: Record<Language, Set<string>> = {
  fi: set('tästä tätä tämä siitä sitä se'),
  en: set('this that it'),
  sv: set('det detta'),
};

/**
 * Words by which a sentence sets itself against the one before ("Voimme kuitenkin…", "What we can do instead…"): a
 * model sentence with one says what can be done besides a no, so it is written after the no, never in its place.
 */
export const CONTRASTS: Record<Language, Set<string>> = {
  fi: set('kuitenkin silti sijaan'),
  en: set('instead however'),
  sv: set('däremot istället stället dock ändå'),
};

/** A sentence that thanks the customer: the writer's thanks, which no model sentence is put in place of. */
export const THANKS: Record<Language, RegExp> = {
  fi: /(?<!\p{L})(?:kiitos|kiitoksia|kiitokset|kiitän|kiitämme)(?!\p{L})/iu,
  en: /(?<!\p{L})(?:thank|thanks|grateful)(?!\p{L})/iu,
  sv: /(?<!\p{L})(?:tack|tackar|tacksam|tacksamma)(?!\p{L})/iu,
};

/** Words in which the writer speaks as "I" or as "we" (and Finnish verbs and possessives in -mme, a "we"). */
export const VOICE: Record<Language, { singular: Set<string>; plural: Set<string> }> = {
  fi: {
    singular: set(`minä minun minulle minua minulla minulta minusta olen voin pahoittelen autan tarkistin tarkistan
      selvitän selvitin kerron kerroin mainitsin totesin sanoin lähetän lähetin ymmärrän toivon pyydän ilmoitan palaan
      hoidan katsoin korjasin`),
    plural: set('me meidän meille meitä meillä meiltä meistä'),
  },
  en: { singular: set("i me my mine i'm i've i'll i'd"), plural: set("we us our ours we're we've we'll we'd") },
  sv: { singular: set('jag mig min mitt mina'), plural: set('vi oss vår vårt våra') },
};

/**
 * A sentence that is no trouble to be sorry about: thanks, a wish ("Toivottavasti…", "I hope…"), after a greeting
 * or not. A written "Olen pahoillani tästä." right after one points its "this" at the thanks.
 */
export const NO_TROUBLE: Record<Language, RegExp> = {
  fi: /^(?:(?:hei|moi|moikka|hyvä|terve|arvoisa|hello)(?!\p{L})[^,.!?]*,\s*)?(?:kiitos|kiitokset|kiitoksia|kiitän|kiitämme|toivottavasti|toivon|toivomme)(?!\p{L})/iu,
  en: /^(?:(?:hi|hello|dear|hey)(?!\p{L})[^,.!?]*,\s*)?(?:thanks|thank|many thanks|(?:i|we) (?:do |really )?hope|hope)(?!\p{L})/iu,
  sv: /^(?:(?:hej|hejsan|hallå|bästa|kära)(?!\p{L})[^,.!?]*,\s*)?(?:tack|tackar|(?:jag|vi) hoppas|hoppas)(?!\p{L})/iu,
};

/**
 * A sentence in which the reply stands by its charge or its rules: a price list, terms, a contract, "correct".
 * "Vi ber om ursäkt för det." right after one admits a fault for what the reply defends. Not "you are right"
 * ("Du har rätt", "olet oikeassa", "you are correct"), nor "det stämmer att…" (it is true that…).
 */
export const STANDS_BY: Record<Language, RegExp> = {
  fi: /(?<!\p{L})(?:(?:sopimus|toimitus|käyttö|myynti|palvelu|tilaus|varaus|peruutus)?(?:ehdo(?:t|issa|ista|ille|ilta|in)|ehto(?:jen|jemme|jenne|ihin|ja))|hinnasto\p{L}*|sopimukse\p{L}*|sääntö\p{L}*|säännö\p{L}*|käytäntö\p{L}*|käytännö\p{L}*|oikein|oikea|oikean|oikeat|oikeaa|virheetön|virheettömästi|asianmukaise\p{L}*|perusteltu\p{L}*|mukaisesti)(?!\p{L})/iu,
  en: /\b(?:terms|conditions|polic(?:y|ies)|price list|tariff|contract|agreement|rules|regulations|(?<!(?:you are|you're|you were) )correct(?:ly)?|valid|justified|in line with|in accordance with|as agreed|as stated)\b/iu,
  sv: /(?<!\p{L})(?:villkor\p{L}*|prislista\p{L}*|avtal\p{L}*|regel|regeln|regelverket|regler|reglerna|policy\p{L}*|korrekt\p{L}*|stämmer(?!\s+att)|giltig\p{L}*|befogad\p{L}*)(?!\p{L})/iu,
};

/**
 * Hints that say the sentence defends the organisation or blames the customer: "this" after one would apologise
 * for the defence, or for the customer's own act. Not a refusal: "Lippua ei voi vaihtaa. Olen pahoillani tästä."
 * regrets the no, as a reader hears it.
 */
export const STANDS_BY_CATEGORIES: ReadonlySet<string> = new Set(['defensive', 'blame']);

/**
 * English legalese writes a defined term with a capital after a determiner ("the Software is licensed", "under the
 * Agreement,"): a common noun, not a name. Told from a brand before a noun ("the Nordea app") by the word after it:
 * a verb or a function word, or punctuation.
 */
export const DEFINED_TERM = {
  determiners: set('the this that these those such said any each every our your their its'),
  followers: set(`is are was were will would must may might can could shall should has have had does do did to for of in on at by
    from with without and or but that which who as than under within into onto over after before until since not also only
    you we i it they if when so applies apply covers cover includes include means mean governs govern states provides remains
    becomes contains allows requires sets describes explains`),
};

/**
 * Words that name a fault or a trouble ("myöhästyi", "by our mistake", "försenad"): a sentence with one is what a
 * "this" may apologise for, even in a paragraph that stands by a charge.
 */
export const NAMES_TROUBLE: Record<Language, RegExp> = {
  fi: /(?<!\p{L})(?:virhe\p{L}*|vika\p{L}*|vian|vikaa|myöhäst\p{L}*|viivästy\p{L}*|viive\p{L}*|rikki|rikkoutu\p{L}*|vahingossa|unohdu\p{L}*|unohti\p{L}*|katos\p{L}*|kadon\p{L}*|häiriö\p{L}*)(?!\p{L})/iu,
  en: /\b(?:mistakes?|errors?|wrong(?:ly)?|late|delay(?:s|ed)?|broken|damaged|failed|lost|missed|faulty|fault|outage|by accident|accidentally)\b/iu,
  sv: /(?<!\p{L})(?:misstag\p{L}*|fel|felet|felaktig\p{L}*|försen\p{L}*|försening\p{L}*|trasig\p{L}*|skadad\p{L}*|förlorad\p{L}*|borttappad\p{L}*|glömt|glömde|avbrott\p{L}*|störning\p{L}*)(?!\p{L})/iu,
};
