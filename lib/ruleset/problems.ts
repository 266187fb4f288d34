/**
 * Ruleset problems (schema.ts, with their JSON paths and English messages: the CLI's contract) in words for the
 * UI, in fi/en/sv: which field they belong to, and what to do, without JSON paths. The rule workbench shows each
 * beside its field; the options page and the popup name the place when a fetched team ruleset is refused.
 * Pure: no browser globals.
 */
import type { Language } from '../coaching';
import type { RulesetProblem } from './schema';

type Texts = Record<Language, string>;

/** Messages of schema.ts (and the pattern parser) and what they mean for a supervisor; `$1`… are the captures. */
const WORDS: { match: RegExp; text: Texts }[] = [
  {
    match: /^an id uses lower-case letters/,
    text: {
      fi: 'Käytä pieniä kirjaimia a–z, numeroita, pisteitä ja viivoja, esimerkiksi tiimi.ammattikieli.palkkakausi.',
      en: 'Use lower-case letters a–z, digits, dots and hyphens, for example team.jargon.pay-period.',
      sv: 'Använd små bokstäver a–z, siffror, punkter och bindestreck, till exempel team.jargong.loneperiod.',
    },
  },
  { match: /^give (an id|this) as text$|^missing: add/, text: { fi: 'Tämä tieto puuttuu.', en: 'This is missing.', sv: 'Det här saknas.' } },
  { match: /^this text is empty$/, text: { fi: 'Kirjoita tähän jotakin.', en: 'Write something here.', sv: 'Skriv något här.' } },
  {
    match: /^give the text in at least one language/,
    text: { fi: 'Kirjoita teksti ainakin yhdellä kielellä.', en: 'Write the text in at least one language.', sv: 'Skriv texten på minst ett språk.' },
  },
  { match: /^use a language code/, text: { fi: 'Kieli on fi, en tai sv.', en: 'The language is fi, en or sv.', sv: 'Språket är fi, en eller sv.' } },
  {
    match: /^name at least one language/,
    text: { fi: 'Valitse ainakin yksi kieli.', en: 'Choose at least one language.', sv: 'Välj minst ett språk.' },
  },
  {
    match: /^give at least one pattern$/,
    text: { fi: 'Kirjoita ainakin yksi kuvio.', en: 'Write at least one pattern.', sv: 'Skriv minst ett mönster.' },
  },
  {
    match: /^give at least one example the rule must find$/,
    text: {
      fi: 'Kirjoita ainakin yksi esimerkki, joka säännön pitää löytää.',
      en: 'Write at least one example the rule must find.',
      sv: 'Skriv minst ett exempel som regeln ska hitta.',
    },
  },
  { match: /^this pattern is empty$|^a pattern is text/, text: { fi: 'Kuvio on tyhjä.', en: 'The pattern is empty.', sv: 'Mönstret är tomt.' } },
  {
    match: /^pattern "(.*)": a pattern may be at most (\d+) characters long/s,
    text: {
      fi: 'Kuvio ”$1” on liian pitkä: enintään $2 merkkiä.',
      en: 'The pattern “$1” is too long: $2 characters at most.',
      sv: 'Mönstret ”$1” är för långt: högst $2 tecken.',
    },
  },
  {
    match: /^pattern "(.*)": unexpected "(.)" \(at character (\d+)\)$/s,
    text: {
      fi: 'Kuviossa ”$1” on ylimääräinen ”$2” (merkki $3).',
      en: 'The pattern “$1” has a stray “$2” (character $3).',
      sv: 'Mönstret ”$1” har ett överblivet ”$2” (tecken $3).',
    },
  },
  {
    match: /^pattern "(.*)": "(.)" cannot be matched: patterns match words, so leave punctuation out/s,
    text: {
      fi: 'Kuviossa ”$1” on merkki ”$2”, jota ei voi etsiä: kuvio etsii sanoja, joten jätä välimerkit pois.',
      en: 'The pattern “$1” has “$2”, which cannot be looked for: patterns look for words, so leave punctuation out.',
      sv: 'Mönstret ”$1” har tecknet ”$2”, som inte går att söka efter: mönster söker ord, så utelämna skiljetecken.',
    },
  },
  {
    match: /^pattern "(.*)": the pattern must require at least one word/s,
    text: {
      fi: 'Kuvion ”$1” pitää vaatia ainakin yksi sana.',
      en: 'The pattern “$1” must require at least one word.',
      sv: 'Mönstret ”$1” måste kräva minst ett ord.',
    },
  },
  {
    match: /^pattern "(.*)": "(.)" (without its opening bracket|is never closed with "(.)") \(at character (\d+)\)$/s,
    text: {
      fi: 'Kuvion ”$1” sulkeet eivät täsmää (merkki $5).',
      en: 'The brackets of the pattern “$1” do not match (character $5).',
      sv: 'Parenteserna i mönstret ”$1” stämmer inte (tecken $5).',
    },
  },
  {
    match: /^pattern "(.*)": (empty alternative|a word is missing around "\|")/s,
    text: {
      fi: 'Kuviossa ”$1” on tyhjä vaihtoehto: kirjoita sana jokaisen | -merkin molemmille puolille.',
      en: 'The pattern “$1” has an empty choice: write a word on both sides of every |.',
      sv: 'Mönstret ”$1” har ett tomt alternativ: skriv ett ord på båda sidor om varje |.',
    },
  },
  {
    match: /^pattern "(.*)": (a gap may skip|put spaces around a gap|a gap \.\.\. must stand)/s,
    text: {
      fi: 'Kuviossa ”$1” on väärin kirjoitettu aukko: ... sanojen välissä, välilyönnit ympärillä, ohittaa 1–3 sanaa.',
      en: 'The pattern “$1” has a gap written wrongly: ... stands between words, with spaces around it, and skips 1 to 3 words.',
      sv: 'Mönstret ”$1” har en felskriven lucka: ... står mellan ord, med mellanslag runt, och hoppar över 1–3 ord.',
    },
  },
  {
    match: /^pattern "(.*)": (a lone \* matches any word|a hyphen alone is not a word|"[^"]*": a word cannot start or end)/s,
    text: {
      fi: 'Kuviossa ”$1” on sana, jota ei voi käyttää: * kuuluu sanan perään (pahoittel*), _ on mikä tahansa sana.',
      en: 'The pattern “$1” has a word that cannot be used: * goes after a word (apolog*), _ is any one word.',
      sv: 'Mönstret ”$1” har ett ord som inte går att använda: * står efter ett ord (beklag*), _ är vilket ord som helst.',
    },
  },
  {
    match: /^pattern "(.*)": too much work for the matcher: more than ([\d,]+) steps/s,
    text: {
      fi: 'Kuvio ”$1” teettää liikaa työtä (yli $2 vaihetta sanaa kohden), ja se voisi jumittaa kirjoittajan selaimen: käytä vähemmän valinnaisia osia [ ] ja aukkoja ..., tai jaa se useaksi kuvioksi.',
      en: 'The pattern “$1” takes too much work (more than $2 steps at each word) and could freeze a writer’s browser: use fewer optional parts [ ] and gaps ..., or split it into several patterns.',
      sv: 'Mönstret ”$1” kräver för mycket arbete (mer än $2 steg per ord) och kunde låsa skribentens webbläsare: använd färre valfria delar [ ] och luckor ..., eller dela upp det i flera mönster.',
    },
  },
  {
    match: /^(the patterns tried at every word|the rules together take too much work)/,
    text: {
      fi: 'Säännöt teettävät yhdessä liikaa työtä jokaisen sanan kohdalla ja voisivat jumittaa kirjoittajan selaimen: aloita kuviot sanalla (ei _, # tai [ ]) ja käytä vähemmän aukkoja ja valinnaisia osia.',
      en: 'Together the rules take too much work at each word and could freeze a writer’s browser: start patterns with a word (not _, # or [ ]) and use fewer gaps and optional parts.',
      sv: 'Tillsammans kräver reglerna för mycket arbete vid varje ord och kunde låsa skribentens webbläsare: börja mönstren med ett ord (inte _, # eller [ ]) och använd färre luckor och valfria delar.',
    },
  },
  {
    match: /^the rules' examples take too much matching work/,
    text: {
      fi: 'Sääntöjen esimerkit teettävät liikaa työtä: käytä vähemmän aukkoja ja valinnaisia osia, tai lyhyempiä esimerkkejä.',
      en: 'The rules’ examples take too much work: use fewer gaps and optional parts, or shorter examples.',
      sv: 'Reglernas exempel kräver för mycket arbete: använd färre luckor och valfria delar, eller kortare exempel.',
    },
  },
  {
    match: /^pattern "(.*?)":/s,
    text: {
      fi: 'Kuviota ”$1” ei voi käyttää: katso kuviokielen ohje.',
      en: 'The pattern “$1” cannot be used: see the pattern language guide.',
      sv: 'Mönstret ”$1” går inte att använda: se guiden till mönsterspråket.',
    },
  },
  {
    match: /^the id "([^"]*)" is already used/,
    text: { fi: 'Tunnus ”$1” on jo toisella säännöllä.', en: 'Another rule already has the id “$1”.', sv: 'En annan regel har redan id:t ”$1”.' },
  },
  {
    match: /^the category "([^"]*)" exists already/,
    text: { fi: 'Luokka ”$1” on jo olemassa.', en: 'The category “$1” exists already.', sv: 'Kategorin ”$1” finns redan.' },
  },
  {
    match: /^unknown category "([^"]*)"/,
    text: {
      fi: 'Luokkaa ”$1” ei ole: valitse luettelosta tai lisää se tiimin omiin luokkiin.',
      en: 'There is no category “$1”: choose one from the list, or add it to the team categories.',
      sv: 'Kategorin ”$1” finns inte: välj i listan eller lägg till den bland teamets kategorier.',
    },
  },
  {
    match: /^a rule needs either "patterns" or "metric"/,
    text: { fi: 'Säännöllä pitää olla kuvioita.', en: 'The rule needs patterns.', sv: 'Regeln behöver mönster.' },
  },
  {
    match: /^\$(\d) refers to word group \d, but a pattern of this rule has only (\d+)/,
    text: {
      fi: 'Ehdotus viittaa sanaryhmään $$1, mutta säännön kuviossa on vain $2 sanaryhmää.',
      en: 'The suggestion refers to word group $$1, but a pattern of the rule has only $2.',
      sv: 'Förslaget hänvisar till ordgrupp $$1, men ett mönster i regeln har bara $2.',
    },
  },
  {
    match: /^raw regular expressions are not accepted/,
    text: {
      fi: 'Säännöllisiä lausekkeita ei hyväksytä: kirjoita sääntö kuviokielellä.',
      en: 'Regular expressions are not accepted: write the rule in the pattern language.',
      sv: 'Reguljära uttryck godtas inte: skriv regeln i mönsterspråket.',
    },
  },
  {
    match: /^severity is/,
    text: {
      fi: 'Vakavuus on ”varoitus” tai ”vinkki”.',
      en: 'The severity is “warning” or “tip”.',
      sv: 'Allvarlighetsgraden är ”varning” eller ”tips”.',
    },
  },
  {
    match: /^unknown fields? (.*): check the spelling/,
    text: {
      fi: 'Tuntematon kenttä $1: tarkista kirjoitusasu.',
      en: 'Unknown field $1: check the spelling.',
      sv: 'Okänt fält $1: kontrollera stavningen.',
    },
  },
  {
    match: /^(\w+) is a list of words, like (.*)$/,
    text: {
      fi: 'Kentässä $1 pitää olla luettelo sanoja, esimerkiksi $2.',
      en: 'The field $1 is a list of words, for example $2.',
      sv: 'Fältet $1 ska vara en lista med ord, till exempel $2.',
    },
  },
  {
    match: /^one word per entry|^a word list holds words as text/,
    text: {
      fi: 'Kirjoita luetteloon yksi sana kerrallaan, ilman välilyöntejä.',
      en: 'Write one word per entry, without spaces.',
      sv: 'Skriv ett ord per rad, utan mellanslag.',
    },
  },
  {
    match: /^(\w+) is a list of phrases, like (.*)$/,
    text: {
      fi: 'Kentässä $1 pitää olla luettelo ilmauksia, esimerkiksi $2.',
      en: 'The field $1 is a list of phrases, for example $2.',
      sv: 'Fältet $1 ska vara en lista med fraser, till exempel $2.',
    },
  },
  {
    match: /^a phrase is one to six words|^a phrase list holds phrases as text/,
    text: {
      fi: 'Kirjoita luetteloon yksi ilmaus kerrallaan: 1–6 sanaa, yksi välilyönti sanojen välissä.',
      en: 'Write one phrase per entry: one to six words with single spaces between them.',
      sv: 'Skriv en fras per rad: ett till sex ord med ett mellanslag mellan orden.',
    },
  },
  {
    match: /^an override gives "severity", or words/,
    text: {
      fi: 'Anna säännölle vakavuus tai sanoja, jotka lisätään sen luetteloihin.',
      en: 'Give the rule a severity, or words to add to its lists.',
      sv: 'Ange regelns allvarlighetsgrad, eller ord att lägga till i dess listor.',
    },
  },
  {
    match: /^not valid JSON/,
    text: { fi: 'Tiedosto ei ole JSON-muotoinen.', en: 'The file is not JSON.', sv: 'Filen är inte JSON.' },
  },
  {
    match: /^schemaVersion must be (\d+)/,
    text: {
      fi: 'Tiedoston schemaVersion-arvon pitää olla $1.',
      en: 'The file’s schemaVersion must be $1.',
      sv: 'Filens schemaVersion måste vara $1.',
    },
  },
];

const OTHER: Texts = { fi: 'Tämä kohta ei kelpaa.', en: 'This is not valid.', sv: 'Det här är inte giltigt.' };

/** What the problem means, in words, without its place. */
export function problemWords(p: Pick<RulesetProblem, 'message'>, lang: Language): string {
  const message = p.message.replace(/ \(rule "[^"]*"\)$/, '');
  for (const w of WORDS) {
    const m = w.match.exec(message);
    if (m) return w.text[lang].replace(/\$(\$?)(\d)/g, (_, dollar: string, d: string) => dollar + (m[Number(d)] ?? ''));
  }
  return OTHER[lang];
}

/** The field of a rule a problem belongs to ("patterns", "message", "examples.match"…), from its path. */
export function problemField(path: string): string {
  const rel = path.replace(/^\$\.rules\[\d+\]\.?/, '').replace(/^\$\.?/, '');
  const m = /^([a-zA-Z]+)(?:\.([a-zA-Z]+))?/.exec(rel);
  if (!m) return '';
  return m[1] === 'examples' && m[2] ? `examples.${m[2]}` : m[1];
}

/** The line (1-based) within a one-per-line field (patterns[2] → 3), if the path names one. */
export function problemLine(path: string): number | null {
  const m =
    /\.(?:patterns|exceptions|suggestions|match|noMatch|rewrites)\[(\d+)\]|^(?:patterns|exceptions|suggestions|examples\.match|examples\.noMatch|examples\.rewrites)\[(\d+)\]/.exec(
      path,
    );
  const n = m ? Number(m[1] ?? m[2]) : NaN;
  return Number.isFinite(n) ? n + 1 : null;
}

const PLACE = {
  rule: { fi: 'Sääntö ”$1”', en: 'Rule “$1”', sv: 'Regeln ”$1”' },
  ruleN: { fi: 'Sääntö $1', en: 'Rule $1', sv: 'Regel $1' },
  category: { fi: 'Luokka $1', en: 'Category $1', sv: 'Kategori $1' },
  ticket: { fi: 'Harjoitusviesti $1', en: 'Practice ticket $1', sv: 'Övningsärende $1' },
  file: { fi: 'Säännöstö', en: 'Ruleset', sv: 'Regeluppsättning' },
} satisfies Record<string, Texts>;

/**
 * The problem in words with its place named for people ("Sääntö ”fi.x”: …"), for a whole ruleset that was
 * refused (the options page, the popup). `data` is the ruleset as read, to name a rule by its id.
 */
export function describeProblem(p: RulesetProblem, lang: Language, data?: unknown): string {
  const words = problemWords(p, lang);
  const rule = /^\$\.rules\[(\d+)\]/.exec(p.path);
  let place: string = PLACE.file[lang];
  if (rule) {
    const id = (data as { rules?: { id?: unknown }[] } | undefined)?.rules?.[Number(rule[1])]?.id ?? / \(rule "([^"]*)"\)$/.exec(p.message)?.[1];
    place = typeof id === 'string' && id ? PLACE.rule[lang].replace('$1', id) : PLACE.ruleN[lang].replace('$1', String(Number(rule[1]) + 1));
  } else if (/^\$\.overrides(?:\["([^"]+)"\]|\.([\w$]+))/.test(p.path)) {
    const m = /^\$\.overrides(?:\["([^"]+)"\]|\.([\w$]+))/.exec(p.path)!;
    place = PLACE.rule[lang].replace('$1', m[1] ?? m[2]);
  } else if (/^\$\.categories\[(\d+)\]/.test(p.path)) place = PLACE.category[lang].replace('$1', String(Number(/\[(\d+)\]/.exec(p.path)![1]) + 1));
  else if (/^\$\.practice\[(\d+)\]/.test(p.path)) place = PLACE.ticket[lang].replace('$1', String(Number(/\[(\d+)\]/.exec(p.path)![1]) + 1));
  return `${place}: ${words}`;
}
