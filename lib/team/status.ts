/**
 * The team ruleset's status in words a supervisor can act on, in fi/en/sv. The options page and the popup
 * show `describeStatus(state, lang)`; tests check the same words.
 */
import type { Language } from '../coaching';
import type { TeamError, TeamState } from './state';
import { formatNumber, pluralForm } from '../i18n';
import { describeProblem } from '../ruleset/problems';

type Texts = Record<Language, string>;

const ERRORS: Record<TeamError['code'], Texts> = {
  'invalid-url': {
    fi: 'Säännöstön osoite ”{location}” ei ole verkko-osoite. Korjaa osoite (käytäntö rulesetUrl tai Sävyn asetukset).',
    en: 'The ruleset address “{location}” is not a web address. Correct it (the rulesetUrl policy, or Sävy\'s options).',
    sv: 'Regeluppsättningens adress ”{location}” är ingen webbadress. Rätta den (policyn rulesetUrl eller Sävys inställningar).',
  },
  'insecure-url': {
    fi: 'Säännöstön osoite {location} käyttää http:tä. Sävy hakee säännöstön vain https-osoitteesta (http käy vain localhostille). Julkaise tiedosto https-osoitteeseen ja päivitä osoite.',
    en: 'The ruleset address {location} uses http. Sävy fetches rulesets only over https (http only from localhost). Publish the file at an https address and update the address.',
    sv: 'Regeluppsättningens adress {location} använder http. Sävy hämtar regler bara över https (http bara från localhost). Publicera filen på en https-adress och uppdatera adressen.',
  },
  'insecure-redirect': {
    fi: 'Säännöstön osoite {location} ohjaa osoitteeseen, josta Sävy ei hae ({detail}). Sävy seuraa uudelleenohjauksia vain https-osoitteisiin, eikä koskaan tämän tietokoneen omiin osoitteisiin. Käytä suoraan tiedoston lopullista https-osoitetta.',
    en: 'The ruleset address {location} redirects to an address Sävy does not fetch from ({detail}). Sävy follows redirects only to https, and never to this computer\'s own addresses. Use the file\'s final https address directly.',
    sv: 'Regeluppsättningens adress {location} omdirigerar till en adress som Sävy inte hämtar från ({detail}). Sävy följer omdirigeringar bara till https, och aldrig till den här datorns egna adresser. Använd filens slutliga https-adress direkt.',
  },
  redirect: {
    fi: 'Säännöstön osoite {location} ohjaa toiseen osoitteeseen ({detail}). Sävy ei seuraa uudelleenohjausta, jota se ei voi ensin tarkistaa: käytä suoraan tiedoston lopullista https-osoitetta.',
    en: 'The ruleset address {location} redirects elsewhere ({detail}). Sävy does not follow a redirect it cannot check first: use the file\'s final https address directly.',
    sv: 'Regeluppsättningens adress {location} omdirigerar till en annan adress ({detail}). Sävy följer inte en omdirigering som den inte först kan kontrollera: använd filens slutliga https-adress direkt.',
  },
  network: {
    fi: 'Palvelimeen {host} ei saatu yhteyttä ({detail}). Tarkista osoite ja että se näkyy kirjoittajien verkosta (VPN, välityspalvelin).',
    en: 'Could not reach {host} ({detail}). Check the address, and that the server is reachable from the writers\' network (VPN, proxy).',
    sv: 'Kunde inte nå {host} ({detail}). Kontrollera adressen och att servern nås från skribenternas nätverk (VPN, proxy).',
  },
  timeout: {
    fi: 'Palvelin {host} ei vastannut ajoissa ({detail}). Sävy yrittää uudelleen; jos tämä toistuu, pyydä palvelimen ylläpitäjää tarkistamaan palvelin.',
    en: '{host} did not answer in time ({detail}). Sävy will try again; if this repeats, ask the server\'s administrator to check it.',
    sv: '{host} svarade inte i tid ({detail}). Sävy försöker igen; om det upprepas, be serverns administratör kontrollera den.',
  },
  'not-found': {
    fi: 'Säännöstötiedostoa ei löytynyt osoitteesta {location} (HTTP {status}). Tarkista osoite tai julkaise tiedosto uudelleen samaan paikkaan.',
    en: 'The ruleset file was not found at {location} (HTTP {status}). Check the address, or publish the file there again.',
    sv: 'Regelfilen hittades inte på {location} (HTTP {status}). Kontrollera adressen eller publicera filen där igen.',
  },
  http: {
    fi: 'Palvelin vastasi virheellä ({detail}) osoitteelle {location}. Vika on palvelimessa, ei säännöstössä: pyydä palvelimen ylläpitäjää tarkistamaan se.',
    en: 'The server answered with an error ({detail}) for {location}. The fault is in the server, not the ruleset: ask the server\'s administrator to check it.',
    sv: 'Servern svarade med ett fel ({detail}) för {location}. Felet ligger i servern, inte i reglerna: be serverns administratör kontrollera den.',
  },
  'too-large': {
    fi: 'Säännöstötiedosto on liian suuri ({detail}). Poista turhia sääntöjä tai pitkiä harjoitustehtäviä ja julkaise uudelleen.',
    en: 'The ruleset file is too large ({detail}). Remove unused rules or long practice tickets and publish it again.',
    sv: 'Regelfilen är för stor ({detail}). Ta bort oanvända regler eller långa övningsärenden och publicera den igen.',
  },
  'not-json': {
    fi: 'Tiedosto ei ole kelvollinen säännöstö (JSON-virhe: {detail}). Tarkista se komennolla ”npx savy ruleset validate TIEDOSTO” ennen julkaisua, ja että osoite palauttaa itse tiedoston eikä kirjautumissivua.',
    en: 'The file is not a valid ruleset (JSON error: {detail}). Check it with “npx savy ruleset validate FILE” before publishing, and that the address returns the file itself, not a sign-in page.',
    sv: 'Filen är ingen giltig regeluppsättning (JSON-fel: {detail}). Kontrollera den med ”npx savy ruleset validate FIL” före publicering, och att adressen ger själva filen, inte en inloggningssida.',
  },
  invalid: {
    fi: 'Säännöstössä on {problems}, ensimmäinen: {first}. Korjaa ne (npx savy ruleset validate TIEDOSTO) ja julkaise uudelleen.',
    en: 'The ruleset has {problems}, the first: {first}. Fix them (npx savy ruleset validate FILE) and publish again.',
    sv: 'Regeluppsättningen har {problems}, det första: {first}. Rätta dem (npx savy ruleset validate FIL) och publicera igen.',
  },
  examples: {
    fi: 'Säännöstön omista esimerkeistä {count} ei toimi, ensimmäinen: {first}. Korjaa sääntö tai esimerkki (npx savy ruleset test TIEDOSTO) ja julkaise uudelleen.',
    en: '{count} of the ruleset\'s own examples {fail}, the first: {first}. Fix the rule or the example (npx savy ruleset test FILE) and publish again.',
    sv: '{count} av regeluppsättningens egna exempel fungerar inte, det första: {first}. Rätta regeln eller exemplet (npx savy ruleset test FIL) och publicera igen.',
  },
  unsigned: {
    fi: 'Säännöstöä ei ole allekirjoitettu, mutta käytäntö vaatii allekirjoituksen (rulesetPublicKey). Allekirjoita se komennolla ”npx savy ruleset sign --key AVAINTIEDOSTO TIEDOSTO” ja julkaise allekirjoitettu tiedosto.',
    en: 'The ruleset is not signed, and the policy requires a signature (rulesetPublicKey). Sign it with “npx savy ruleset sign --key KEYFILE FILE” and publish the signed file.',
    sv: 'Regeluppsättningen är inte signerad, men policyn kräver en signatur (rulesetPublicKey). Signera den med ”npx savy ruleset sign --key NYCKELFIL FIL” och publicera den signerade filen.',
  },
  'bad-signature': {
    fi: 'Säännöstön allekirjoitus ei täsmää: tiedostoa on muutettu allekirjoituksen jälkeen, tai se on allekirjoitettu eri avaimella kuin käytännön rulesetPublicKey. Allekirjoita se uudelleen ja julkaise.',
    en: 'The ruleset\'s signature does not match: the file was changed after signing, or signed with another key than the policy\'s rulesetPublicKey. Sign it again and publish it.',
    sv: 'Regeluppsättningens signatur stämmer inte: filen har ändrats efter signeringen, eller signerats med en annan nyckel än policyns rulesetPublicKey. Signera den igen och publicera.',
  },
  'bad-key': {
    fi: 'Käytännön rulesetPublicKey ei ole Ed25519-julkinen avain (base64, 32 tavua). Kopioi avain, jonka ”npx savy ruleset keygen” tulosti.',
    en: 'The policy\'s rulesetPublicKey is not an Ed25519 public key (base64, 32 bytes). Copy the key that “npx savy ruleset keygen” printed.',
    sv: 'Policyns rulesetPublicKey är ingen Ed25519 publik nyckel (base64, 32 byte). Kopiera nyckeln som ”npx savy ruleset keygen” skrev ut.',
  },
  'old-signature': {
    fi: 'Säännöstö on allekirjoitettu Sävyn vanhassa muodossa ilman allekirjoitusaikaa, joten minkä tahansa vanhan tiedoston voisi palauttaa käyttöön. Allekirjoita se uudelleen komennolla "npx savy ruleset sign --key AVAINTIEDOSTO TIEDOSTO" ja julkaise uusi tiedosto.',
    en: 'The ruleset is signed in Sävy\'s old format, without the time of signing, so any old file could be brought back. Sign it again with "npx savy ruleset sign --key KEYFILE FILE" and publish the new file.',
    sv: 'Regeluppsättningen är signerad i Sävys gamla format, utan tidpunkt för signeringen, så vilken gammal fil som helst skulle kunna tas i bruk igen. Signera den på nytt med "npx savy ruleset sign --key NYCKELFIL FIL" och publicera den nya filen.',
  },
  rollback: {
    fi: 'Osoitteen {location} tiedostoa ei ole allekirjoitettu käytössä olevan säännöstön jälkeen ({detail}): vanhempaa versiota ei oteta takaisin käyttöön. Jos haluat perua version, allekirjoita haluamasi versio uudelleen (se saa uuden ajan) ja julkaise se.',
    en: 'The file at {location} was not signed after the ruleset in use ({detail}): an older version is not put back in force. To withdraw a version, sign the one you want again (it gets a new time) and publish it.',
    sv: 'Filen på {location} signerades inte efter regeluppsättningen som används ({detail}): en äldre version tas inte i bruk igen. Vill du dra tillbaka en version, signera den du vill ha på nytt (den får en ny tid) och publicera den.',
  },
  'other-ruleset': {
    fi: 'Osoitteen {location} tiedosto on eri säännöstö ({detail}). Sävy ottaa vain saman säännöstön, joka on jo käytössä; jos vaihto on tarkoituksellinen, aseta käytännön rulesetId uuteen tunnukseen.',
    en: 'The file at {location} is another ruleset ({detail}). Sävy takes only the ruleset already in use; if the change is meant, set the policy rulesetId to the new id.',
    sv: 'Filen på {location} är en annan regeluppsättning ({detail}). Sävy tar bara samma regeluppsättning som redan används; är bytet avsiktligt, ange det nya id:t i policyn rulesetId.',
  },
  'future-signature': {
    fi: 'Säännöstön allekirjoitusaika on yli vuorokauden tulevaisuudessa ({detail}). Tarkista allekirjoittaneen tietokoneen kello, allekirjoita säännöstö uudelleen ja julkaise se.',
    en: 'The ruleset was signed with a time more than a day in the future ({detail}). Check the clock of the computer that signed it, sign it again and publish it.',
    sv: 'Regeluppsättningen är signerad med en tid mer än ett dygn framåt ({detail}). Kontrollera klockan på datorn som signerade den, signera den på nytt och publicera den.',
  },
};

const KEPT: Texts = {
  fi: 'Aiempi säännöstö ”{name}” {version} on edelleen käytössä.',
  en: 'The previous ruleset “{name}” {version} stays in use.',
  sv: 'Den tidigare regeluppsättningen ”{name}” {version} gäller fortfarande.',
};
const NONE_KEPT: Texts = {
  fi: 'Sävy käyttää siihen asti omia perussääntöjään.',
  en: 'Until then Sävy uses its built-in rules.',
  sv: 'Tills dess använder Sävy sina inbyggda regler.',
};
const SHOULD_FIND: Texts = { fi: 'sääntö ”{rule}” ei löydä esimerkkiä ”{example}”', en: 'rule “{rule}” does not find “{example}”', sv: 'regeln ”{rule}” hittar inte ”{example}”' };
const SHOULD_NOT: Texts = { fi: 'sääntö ”{rule}” löytää esimerkin ”{example}”, jota sen ei pitäisi', en: 'rule “{rule}” finds “{example}”, which it should not', sv: 'regeln ”{rule}” hittar ”{example}”, vilket den inte borde' };

const SOURCE: Record<TeamState['source'], Texts> = {
  bundled: { fi: 'Sävyn perussäännöt (ei tiimin säännöstöä)', en: 'Sävy\'s built-in rules (no team ruleset)', sv: 'Sävys inbyggda regler (ingen teamregeluppsättning)' },
  policy: { fi: 'Ylläpitäjän käytäntö', en: 'Administrator policy', sv: 'Administratörens policy' },
  url: { fi: 'Oma osoite', en: 'Your own address', sv: 'Din egen adress' },
  file: { fi: 'Tuotu tiedosto', en: 'Imported file', sv: 'Importerad fil' },
};

const IN_FORCE: Texts = {
  fi: 'Käytössä: ”{name}” {version} ({rules}){signed}.',
  en: 'In use: “{name}” {version} ({rules}){signed}.',
  sv: 'I bruk: ”{name}” {version} ({rules}){signed}.',
};
type Counted = Record<Language, { one: string; other: string }>;
const RULES: Counted = {
  fi: { one: '{n} sääntö', other: '{n} sääntöä' },
  en: { one: '{n} rule', other: '{n} rules' },
  sv: { one: '{n} regel', other: '{n} regler' },
};
const PROBLEMS: Counted = {
  fi: { one: '{n} virhe', other: '{n} virhettä' },
  en: { one: '{n} problem', other: '{n} problems' },
  sv: { one: '{n} fel', other: '{n} fel' },
};
const FAIL: Counted = { fi: { one: '', other: '' }, en: { one: 'fails', other: 'fail' }, sv: { one: '', other: '' } };
/** "1 sääntö", "3 sääntöä": the plural form by Intl.PluralRules (lib/i18n.ts). */
const counted = (words: Counted, n: number, lang: Language) => fill(words[lang][pluralForm(lang, n) === 'one' ? 'one' : 'other'], { n: formatNumber(n, lang, 0) });
const SIGNED: Texts = { fi: ', allekirjoitus tarkistettu', en: ', signature verified', sv: ', signaturen verifierad' };

export function fill(template: string, values: Record<string, string | number | undefined>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (values[k] === undefined ? m : String(values[k])));
}

function hostOf(location: string | undefined): string {
  try {
    return location ? new URL(location).host : '';
  } catch {
    return location ?? '';
  }
}

/** One error in words: what went wrong, what to do, and what stays in use. */
export function describeError(error: TeamError, state: Pick<TeamState, 'good'> | null, lang: Language): string {
  let first = '';
  // In the UI language and without JSON paths (the CLI keeps the English messages with paths).
  if (error.code === 'invalid' && error.problems?.length) first = describeProblem(error.problems[0], lang).replace(/\.$/, '');
  if (error.code === 'examples' && error.failures?.length) {
    const f = error.failures[0];
    first = fill((f.expected === 'match' ? SHOULD_FIND : SHOULD_NOT)[lang], { rule: f.ruleId, example: f.example });
  }
  if (!first) first = error.detail;
  const what = fill(ERRORS[error.code][lang], {
    location: error.location,
    host: hostOf(error.location),
    detail: error.detail,
    status: error.status,
    count: error.count ?? 1,
    problems: counted(PROBLEMS, error.count ?? 1, lang),
    fail: counted(FAIL, error.count ?? 1, lang),
    first,
  });
  const good = state?.good;
  const kept = good ? fill(KEPT[lang], { name: good.ruleset.name, version: good.ruleset.version }) : NONE_KEPT[lang];
  return `${what} ${kept}`;
}

export interface StatusView {
  source: string;
  location?: string;
  /** "In use: …", or null when only the bundled rules are in use. */
  inUse: string | null;
  name?: string;
  version?: string;
  lastChecked: number | null;
  lastChanged: number | null;
  /** The last attempt's problem in words, or null when it succeeded. */
  error: string | null;
  errorAt: number | null;
  ok: boolean;
}

export function describeStatus(state: TeamState | null, lang: Language): StatusView {
  const s = state ?? { version: 1 as const, source: 'bundled' as const, good: null, lastChecked: null, lastError: null };
  const g = s.good;
  return {
    source: SOURCE[s.source][lang],
    location: s.location,
    inUse: g
      ? fill(IN_FORCE[lang], { name: g.ruleset.name, version: g.ruleset.version, rules: counted(RULES, g.ruleset.rules.length, lang), signed: g.verifiedWithKey ? SIGNED[lang] : '' })
      : null,
    name: g?.ruleset.name,
    version: g?.ruleset.version,
    lastChecked: s.lastChecked,
    lastChanged: g?.changedAt ?? null,
    error: s.lastError ? describeError(s.lastError, s, lang) : null,
    errorAt: s.lastError?.at ?? null,
    ok: !s.lastError,
  };
}
