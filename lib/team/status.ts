/**
 * The team ruleset's status in words a supervisor can act on, in fi/en/sv. The options page and the popup
 * show `describeStatus(state, lang)`; tests check the same words. The tables below are this module's own
 * (the pages and the CLI-side tests share them through lib/); they are read through the one translation function,
 * lib/i18n.ts `createTranslator`, with its `$1`… placeholders and plural families.
 */
import { LANGUAGES, type Language } from '../coaching';
import type { TeamError, TeamState } from './state';
import { createTranslator, type Catalogs } from '../i18n';
import { describeProblem } from '../ruleset/problems';

type Texts = Record<Language, string>;

const ERRORS: Record<TeamError['code'], Texts> = {
  'invalid-url': {
    fi: 'Säännöstön osoite ”$1” ei ole verkko-osoite. Korjaa osoite (käytäntö rulesetUrl tai Sävyn asetukset).',
    en: "The ruleset address “$1” is not a web address. Correct it (the rulesetUrl policy, or Sävy's options).",
    sv: 'Regeluppsättningens adress ”$1” är ingen webbadress. Rätta den (policyn rulesetUrl eller Sävys inställningar).',
  },
  'insecure-url': {
    fi: 'Säännöstön osoite $1 käyttää http:tä. Sävy hakee säännöstön vain https-osoitteesta (http käy vain localhostille). Julkaise tiedosto https-osoitteeseen ja päivitä osoite.',
    en: 'The ruleset address $1 uses http. Sävy fetches rulesets only over https (http only from localhost). Publish the file at an https address and update the address.',
    sv: 'Regeluppsättningens adress $1 använder http. Sävy hämtar regler bara över https (http bara från localhost). Publicera filen på en https-adress och uppdatera adressen.',
  },
  'insecure-redirect': {
    fi: 'Säännöstön osoite $1 ohjaa osoitteeseen, josta Sävy ei hae ($3). Sävy seuraa uudelleenohjauksia vain https-osoitteisiin, eikä koskaan tämän tietokoneen omiin osoitteisiin. Käytä suoraan tiedoston lopullista https-osoitetta.',
    en: "The ruleset address $1 redirects to an address Sävy does not fetch from ($3). Sävy follows redirects only to https, and never to this computer's own addresses. Use the file's final https address directly.",
    sv: 'Regeluppsättningens adress $1 omdirigerar till en adress som Sävy inte hämtar från ($3). Sävy följer omdirigeringar bara till https, och aldrig till den här datorns egna adresser. Använd filens slutliga https-adress direkt.',
  },
  redirect: {
    fi: 'Säännöstön osoite $1 ohjaa toiseen osoitteeseen ($3). Sävy ei seuraa uudelleenohjausta, jota se ei voi ensin tarkistaa: käytä suoraan tiedoston lopullista https-osoitetta.',
    en: "The ruleset address $1 redirects elsewhere ($3). Sävy does not follow a redirect it cannot check first: use the file's final https address directly.",
    sv: 'Regeluppsättningens adress $1 omdirigerar till en annan adress ($3). Sävy följer inte en omdirigering som den inte först kan kontrollera: använd filens slutliga https-adress direkt.',
  },
  network: {
    fi: 'Palvelimeen $2 ei saatu yhteyttä ($3). Tarkista osoite ja että se näkyy kirjoittajien verkosta (VPN, välityspalvelin).',
    en: "Could not reach $2 ($3). Check the address, and that the server is reachable from the writers' network (VPN, proxy).",
    sv: 'Kunde inte nå $2 ($3). Kontrollera adressen och att servern nås från skribenternas nätverk (VPN, proxy).',
  },
  timeout: {
    fi: 'Palvelin $2 ei vastannut ajoissa ($3). Sävy yrittää uudelleen; jos tämä toistuu, pyydä palvelimen ylläpitäjää tarkistamaan palvelin.',
    en: "$2 did not answer in time ($3). Sävy will try again; if this repeats, ask the server's administrator to check it.",
    sv: '$2 svarade inte i tid ($3). Sävy försöker igen; om det upprepas, be serverns administratör kontrollera den.',
  },
  'not-found': {
    fi: 'Säännöstötiedostoa ei löytynyt osoitteesta $1 (HTTP $4). Tarkista osoite tai julkaise tiedosto uudelleen samaan paikkaan.',
    en: 'The ruleset file was not found at $1 (HTTP $4). Check the address, or publish the file there again.',
    sv: 'Regelfilen hittades inte på $1 (HTTP $4). Kontrollera adressen eller publicera filen där igen.',
  },
  http: {
    fi: 'Palvelin vastasi virheellä ($3) osoitteelle $1. Vika on palvelimessa, ei säännöstössä: pyydä palvelimen ylläpitäjää tarkistamaan se.',
    en: "The server answered with an error ($3) for $1. The fault is in the server, not the ruleset: ask the server's administrator to check it.",
    sv: 'Servern svarade med ett fel ($3) för $1. Felet ligger i servern, inte i reglerna: be serverns administratör kontrollera den.',
  },
  'too-large': {
    fi: 'Säännöstötiedosto on liian suuri ($3). Poista turhia sääntöjä tai pitkiä harjoitustehtäviä ja julkaise uudelleen.',
    en: 'The ruleset file is too large ($3). Remove unused rules or long practice tickets and publish it again.',
    sv: 'Regelfilen är för stor ($3). Ta bort oanvända regler eller långa övningsärenden och publicera den igen.',
  },
  'not-json': {
    fi: 'Tiedosto ei ole kelvollinen säännöstö (JSON-virhe: $3). Tarkista se komennolla ”npx savy ruleset validate TIEDOSTO” ennen julkaisua, ja että osoite palauttaa itse tiedoston eikä kirjautumissivua.',
    en: 'The file is not a valid ruleset (JSON error: $3). Check it with “npx savy ruleset validate FILE” before publishing, and that the address returns the file itself, not a sign-in page.',
    sv: 'Filen är ingen giltig regeluppsättning (JSON-fel: $3). Kontrollera den med ”npx savy ruleset validate FIL” före publicering, och att adressen ger själva filen, inte en inloggningssida.',
  },
  invalid: {
    fi: 'Säännöstössä on $6, ensimmäinen: $8. Korjaa ne (npx savy ruleset validate TIEDOSTO) ja julkaise uudelleen.',
    en: 'The ruleset has $6, the first: $8. Fix them (npx savy ruleset validate FILE) and publish again.',
    sv: 'Regeluppsättningen har $6, det första: $8. Rätta dem (npx savy ruleset validate FIL) och publicera igen.',
  },
  examples: {
    fi: 'Säännöstön omista esimerkeistä $5 ei toimi, ensimmäinen: $8. Korjaa sääntö tai esimerkki (npx savy ruleset test TIEDOSTO) ja julkaise uudelleen.',
    en: "$5 of the ruleset's own examples $7, the first: $8. Fix the rule or the example (npx savy ruleset test FILE) and publish again.",
    sv: '$5 av regeluppsättningens egna exempel fungerar inte, det första: $8. Rätta regeln eller exemplet (npx savy ruleset test FIL) och publicera igen.',
  },
  unsigned: {
    fi: 'Säännöstöä ei ole allekirjoitettu, mutta käytäntö vaatii allekirjoituksen (rulesetPublicKey). Allekirjoita se komennolla ”npx savy ruleset sign --key AVAINTIEDOSTO TIEDOSTO” ja julkaise allekirjoitettu tiedosto.',
    en: 'The ruleset is not signed, and the policy requires a signature (rulesetPublicKey). Sign it with “npx savy ruleset sign --key KEYFILE FILE” and publish the signed file.',
    sv: 'Regeluppsättningen är inte signerad, men policyn kräver en signatur (rulesetPublicKey). Signera den med ”npx savy ruleset sign --key NYCKELFIL FIL” och publicera den signerade filen.',
  },
  'bad-signature': {
    fi: 'Säännöstön allekirjoitus ei täsmää: tiedostoa on muutettu allekirjoituksen jälkeen, tai se on allekirjoitettu eri avaimella kuin käytännön rulesetPublicKey. Allekirjoita se uudelleen ja julkaise.',
    en: "The ruleset's signature does not match: the file was changed after signing, or signed with another key than the policy's rulesetPublicKey. Sign it again and publish it.",
    sv: 'Regeluppsättningens signatur stämmer inte: filen har ändrats efter signeringen, eller signerats med en annan nyckel än policyns rulesetPublicKey. Signera den igen och publicera.',
  },
  'bad-key': {
    fi: 'Käytännön rulesetPublicKey ei ole Ed25519-julkinen avain (base64, 32 tavua). Kopioi avain, jonka ”npx savy ruleset keygen” tulosti.',
    en: "The policy's rulesetPublicKey is not an Ed25519 public key (base64, 32 bytes). Copy the key that “npx savy ruleset keygen” printed.",
    sv: 'Policyns rulesetPublicKey är ingen Ed25519 publik nyckel (base64, 32 byte). Kopiera nyckeln som ”npx savy ruleset keygen” skrev ut.',
  },
  'old-signature': {
    fi: 'Säännöstö on allekirjoitettu Sävyn vanhassa muodossa ilman allekirjoitusaikaa, joten minkä tahansa vanhan tiedoston voisi palauttaa käyttöön. Allekirjoita se uudelleen komennolla "npx savy ruleset sign --key AVAINTIEDOSTO TIEDOSTO" ja julkaise uusi tiedosto.',
    en: 'The ruleset is signed in Sävy\'s old format, without the time of signing, so any old file could be brought back. Sign it again with "npx savy ruleset sign --key KEYFILE FILE" and publish the new file.',
    sv: 'Regeluppsättningen är signerad i Sävys gamla format, utan tidpunkt för signeringen, så vilken gammal fil som helst skulle kunna tas i bruk igen. Signera den på nytt med "npx savy ruleset sign --key NYCKELFIL FIL" och publicera den nya filen.',
  },
  rollback: {
    fi: 'Osoitteen $1 tiedostoa ei ole allekirjoitettu käytössä olevan säännöstön jälkeen ($3): vanhempaa versiota ei oteta takaisin käyttöön. Jos haluat perua version, allekirjoita haluamasi versio uudelleen (se saa uuden ajan) ja julkaise se.',
    en: 'The file at $1 was not signed after the ruleset in use ($3): an older version is not put back in force. To withdraw a version, sign the one you want again (it gets a new time) and publish it.',
    sv: 'Filen på $1 signerades inte efter regeluppsättningen som används ($3): en äldre version tas inte i bruk igen. Vill du dra tillbaka en version, signera den du vill ha på nytt (den får en ny tid) och publicera den.',
  },
  'other-ruleset': {
    fi: 'Osoitteen $1 tiedosto on eri säännöstö ($3). Sävy ottaa vain saman säännöstön, joka on jo käytössä; jos vaihto on tarkoituksellinen, aseta käytännön rulesetId uuteen tunnukseen.',
    en: 'The file at $1 is another ruleset ($3). Sävy takes only the ruleset already in use; if the change is meant, set the policy rulesetId to the new id.',
    sv: 'Filen på $1 är en annan regeluppsättning ($3). Sävy tar bara samma regeluppsättning som redan används; är bytet avsiktligt, ange det nya id:t i policyn rulesetId.',
  },
  'future-signature': {
    fi: 'Säännöstön allekirjoitusaika on yli vuorokauden tulevaisuudessa ($3). Tarkista allekirjoittaneen tietokoneen kello, allekirjoita säännöstö uudelleen ja julkaise se.',
    en: 'The ruleset was signed with a time more than a day in the future ($3). Check the clock of the computer that signed it, sign it again and publish it.',
    sv: 'Regeluppsättningen är signerad med en tid mer än ett dygn framåt ($3). Kontrollera klockan på datorn som signerade den, signera den på nytt och publicera den.',
  },
};

const KEPT: Texts = {
  fi: 'Aiempi säännöstö ”$1” $2 on edelleen käytössä.',
  en: 'The previous ruleset “$1” $2 stays in use.',
  sv: 'Den tidigare regeluppsättningen ”$1” $2 gäller fortfarande.',
};
const NONE_KEPT: Texts = {
  fi: 'Sävy käyttää siihen asti omia perussääntöjään.',
  en: 'Until then Sävy uses its built-in rules.',
  sv: 'Tills dess använder Sävy sina inbyggda regler.',
};
const SHOULD_FIND: Texts = { fi: 'sääntö ”$1” ei löydä esimerkkiä ”$2”', en: 'rule “$1” does not find “$2”', sv: 'regeln ”$1” hittar inte ”$2”' };
const SHOULD_NOT: Texts = {
  fi: 'sääntö ”$1” löytää esimerkin ”$2”, jota sen ei pitäisi',
  en: 'rule “$1” finds “$2”, which it should not',
  sv: 'regeln ”$1” hittar ”$2”, vilket den inte borde',
};

const SOURCE: Record<TeamState['source'], Texts> = {
  bundled: {
    fi: 'Sävyn perussäännöt (ei tiimin säännöstöä)',
    en: "Sävy's built-in rules (no team ruleset)",
    sv: 'Sävys inbyggda regler (ingen teamregeluppsättning)',
  },
  policy: { fi: 'Ylläpitäjän käytäntö', en: 'Administrator policy', sv: 'Administratörens policy' },
  url: { fi: 'Oma osoite', en: 'Your own address', sv: 'Din egen adress' },
  file: { fi: 'Tuotu tiedosto', en: 'Imported file', sv: 'Importerad fil' },
};

const IN_FORCE: Texts = {
  fi: 'Käytössä: ”$1” $2 ($3)$4.',
  en: 'In use: “$1” $2 ($3)$4.',
  sv: 'I bruk: ”$1” $2 ($3)$4.',
};
/** A plural family: the form by Intl.PluralRules (lib/i18n.ts), `$1` the count. */
type Counted = Record<Language, { one: string; other: string }>;
const RULES: Counted = {
  fi: { one: '$1 sääntö', other: '$1 sääntöä' },
  en: { one: '$1 rule', other: '$1 rules' },
  sv: { one: '$1 regel', other: '$1 regler' },
};
const PROBLEMS: Counted = {
  fi: { one: '$1 virhe', other: '$1 virhettä' },
  en: { one: '$1 problem', other: '$1 problems' },
  sv: { one: '$1 fel', other: '$1 fel' },
};
const FAIL: Counted = { fi: { one: '', other: '' }, en: { one: 'fails', other: 'fail' }, sv: { one: '', other: '' } };
const SIGNED: Texts = { fi: ', allekirjoitus tarkistettu', en: ', signature verified', sv: ', signaturen verifierad' };

/** The status texts as catalogs of the one translation function (lib/i18n.ts): a table's key with `_one`/`_other`. */
function catalogs(tables: Record<string, Texts>, counted: Record<string, Counted>): Catalogs {
  const out: Record<Language, Record<string, string>> = { fi: {}, en: {}, sv: {} };
  for (const lang of LANGUAGES) {
    for (const [key, texts] of Object.entries(tables)) out[lang][key] = texts[lang];
    for (const [key, words] of Object.entries(counted)) {
      out[lang][`${key}_one`] = words[lang].one;
      out[lang][`${key}_other`] = words[lang].other;
    }
  }
  return out;
}

const say = createTranslator(
  catalogs(
    {
      ...Object.fromEntries(Object.entries(ERRORS).map(([code, texts]) => [`error_${code}`, texts])),
      ...Object.fromEntries(Object.entries(SOURCE).map(([source, texts]) => [`source_${source}`, texts])),
      kept: KEPT,
      noneKept: NONE_KEPT,
      shouldFind: SHOULD_FIND,
      shouldNot: SHOULD_NOT,
      inForce: IN_FORCE,
      signed: SIGNED,
    },
    { rules: RULES, problems: PROBLEMS, fail: FAIL },
  ),
);

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
    first = say(lang, f.expected === 'match' ? 'shouldFind' : 'shouldNot', f.ruleId, f.example);
  }
  if (!first) first = error.detail;
  const count = error.count ?? 1;
  const what = say(
    lang,
    `error_${error.code}`,
    error.location ?? '',
    hostOf(error.location),
    error.detail,
    error.status === undefined ? '' : String(error.status),
    String(count),
    say(lang, 'problems', count),
    say(lang, 'fail', count),
    first,
  );
  const good = state?.good;
  const kept = good ? say(lang, 'kept', good.ruleset.name, good.ruleset.version) : say(lang, 'noneKept');
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
    source: say(lang, `source_${s.source}`),
    location: s.location,
    inUse: g
      ? say(
          lang,
          'inForce',
          g.ruleset.name,
          g.ruleset.version,
          say(lang, 'rules', g.ruleset.rules.length),
          g.verifiedWithKey ? say(lang, 'signed') : '',
        )
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
