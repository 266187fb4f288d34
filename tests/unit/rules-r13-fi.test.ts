/**
 * Round 13, Finnish: blame, defensive and passive-aggressive wordings the paraphrase banks (bank-r6…r10) showed the
 * rules missing, as families of wording: the customer's act named as the cause after "koska / kun / siitä, että";
 * "oma moka", a user's carelessness; reminders "jätetty huomiotta"; hindsight "jos tilaaja olisi…"; someone else's
 * fault or decision "…, ei meidän"; "toimi juuri niin kuin pitikin", "ei tee virheitä", "kalibroitu, joten oikein";
 * "emme voi olla vastuussa"; "Mainittakoon", "huomautan ystävällisesti", "jäi lukematta", "pyydän jatkossa
 * lukemaan", "olisi mukavaa, jos … luettaisiin", counting the same question, "viittaan lähettämääni", "…, mutta
 * tässä se vielä kerran". `finds` are paraphrases written here, not bank lines; `leaves` are near misses.
 */
import { describeClasses, type WordingClass } from './rule-classes';

const classes: WordingClass[] = [
  {
    name: "the customer's act named as the cause: koska / kun / siitä, että + the customer's verb",
    language: 'fi',
    category: 'blame',
    finds: [
      'Tabletti lukkiutui, koska syötit salasanan väärin useita kertoja.',
      'Ylimääräinen maksu johtuu siitä, että peruit varauksen vasta edellisenä iltana.',
      'Kaapeli paloi, kun kytkitte laitteen väärään pistorasiaan.',
    ],
    leaves: ['Tabletti lukkiutui, kun järjestelmämme päivittyi yöllä, ja avasin sen nyt.', 'Alennus johtuu siitä, että valitsit vuosisopimuksen.'],
  },
  {
    name: '"oma moka", the user\'s carelessness or error',
    language: 'fi',
    category: 'blame',
    finds: ['Tämä on nyt kyllä sun oma moka.', 'Vika johtui käyttäjän huolimattomuudesta.', 'Kyse on selvästä käyttäjävirheestä.'],
    leaves: ['Tämä oli meidän oma moka, ja korjaamme sen heti.', 'Vika ei johtunut käyttäjän virheestä, vaan viallisesta osasta.'],
  },
  {
    name: 'reminders and bills "jätetty huomiotta / maksamatta"',
    language: 'fi',
    category: 'blame',
    finds: ['Vuokrasopimus irtisanottiin, sillä varoitukset oli jätetty huomiotta.', 'Palvelu katkaistiin, kun laskut oli jätetty maksamatta.'],
    leaves: ['Lasku oli jätetty lähettämättä järjestelmässämme, ja pahoittelen viivettä.'],
  },
  {
    name: 'hindsight: "jos tilaaja olisi…", "olisi kannattanut kertoa", "jos olisit…, olisit tiennyt"',
    language: 'fi',
    category: 'blame',
    finds: [
      'Jos tilaaja olisi merkinnyt porttikoodin, kuljettaja olisi päässyt pihaan.',
      'Olisi kannattanut kertoa ajanvarauksessa, että autossa on talvirenkaat.',
      'Jos olisit katsonut seurantakoodia, olisit tiennyt paketin olevan perillä.',
    ],
    leaves: [
      'Jos olisimme kertoneet ajoissa, olisit välttynyt turhalta matkalta.',
      'Jos asiakas olisi halunnut peruuttaa, hän olisi saanut rahansa takaisin.',
    ],
  },
  {
    name: 'someone else\'s fault or decision: "…, ei meidän", "päättää X, ei Y", "on X:n juttu"',
    language: 'fi',
    category: 'defensive',
    finds: [
      'Viive oli rahtiyhtiön vika, ei meidän.',
      'Lämmityksestä päättää isännöitsijä, ei huoltoyhtiö.',
      'Se on ihan operaattorin juttu.',
      'Valitus pitää tehdä heille, ei meille.',
    ],
    leaves: [
      'Viive oli rahtiyhtiön vika, ei meidän, mutta korvaamme toimituskulut.',
      'Hinta riippuu matkan pituudesta, ei kellonajasta.',
      'Tämä on ihan tavallinen juttu uusissa laitteissa.',
    ],
  },
  {
    name: 'we did it right: "teki juuri niin kuin pitikin", "ei tee virheitä", "kalibroitu, joten oikein", "ei syytä kyseenalaistaa"',
    language: 'fi',
    category: 'defensive',
    finds: [
      'Asentajamme teki juuri niin kuin pitikin.',
      'Kassajärjestelmämme ei tee tällaisia virheitä.',
      'Mittari on kalibroitu viime kuussa, joten lukema on varmasti oikein.',
      'Hoitajan arviota ei ole syytä kyseenalaistaa.',
    ],
    leaves: ['Laite toimii nyt niin kuin pitääkin.', 'Ei ole syytä epäillä, että korttitietojasi olisi käytetty.'],
  },
  {
    name: '"emme voi olla vastuussa", an organisation not responsible',
    language: 'fi',
    category: 'defensive',
    finds: [
      'Emme voi olla vastuussa postin viivästyksistä.',
      'Kauppa ei ole vastuussa kolmannen osapuolen sovelluksista.',
      'Meitä ei voi pitää vastuullisena sääoloista.',
    ],
    leaves: ['Vuokralainen ei ole vastuussa tavallisesta kulumisesta.', 'Sinua ei voi pitää vastuussa tästä.'],
  },
  {
    name: '"Todettakoon", "huomautan ystävällisesti", "jos edellinen viesti jäi lukematta"',
    language: 'fi',
    category: 'passive-aggressive',
    finds: [
      'Todettakoon vielä, että ehdot hyväksyttiin tilattaessa.',
      'Muistuttaisin ystävällisesti, että kysymykseen vastattiin jo.',
      'Jos edellinen vastaukseni jäi ehkä lukematta, tässä se uudelleen.',
    ],
    leaves: ['Meiltä jäi huomaamatta, että maksu oli jo tehty.', 'Ystävällinen muistutus: varaus alkaa huomenna klo 9.'],
  },
  {
    name: '"pyydän jatkossa lukemaan", "olisi mukavaa, jos … luettaisiin", "olisi ollut kiva saada tieto jo"',
    language: 'fi',
    category: 'passive-aggressive',
    finds: [
      'Pyytäisin teitä jatkossa tutustumaan hinnastoon ennen tilausta.',
      'Olisi mukavaa, jos viestit luettaisiin loppuun asti.',
      'Olisi ollut kiva saada tieto peruutuksesta jo eilen.',
    ],
    leaves: ['Olisi mukava kuulla, miten uusi laite on toiminut.', 'Pyydän lukemaan sopimuksen kohdan 5 ennen allekirjoitusta.'],
  },
  {
    name: 'counting the same question, "viittaan lähettämääni", "…, mutta tässä se vielä kerran"',
    language: 'fi',
    category: 'passive-aggressive',
    finds: [
      'Tämä on jo neljäs kysely samasta asiasta.',
      'Taas tämä sama kysymys.',
      'Viittaan 2.6. lähettämääni sähköpostiin.',
      'Ohjeet ovat olleet liitteenä alusta asti, mutta tässä ne vielä kerran.',
    ],
    leaves: [
      'Tämä on jo toinen kerta tällä viikolla, kun toimitus myöhästyy, ja olen siitä todella pahoillani.',
      'Hinta nousi, mutta kerron vielä, miten saat alennuksen.',
    ],
  },
];

describeClasses('Finnish wordings of round 13', classes);
