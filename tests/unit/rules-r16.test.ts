/**
 * Round 14 of issue 14: what round 16's held-out replies (read once at the end of round 13, tuning material since:
 * tuning-r16h-*) showed the engine reading wrong, as families of wording. Blame by implication: a bill or a form left
 * undone named as the cause ("lasku oli yhä maksamatta, joten", "was still unpaid …, so your …"), care not taken in
 * the passive ("ketjua ei ole voideltu, joten"), a thing the customer fitted themselves, a passive form entry
 * ("lomakkeella oli merkitty …, joten"), a thing left unused ("without being used, so"), "what we usually see when …",
 * the customer's wish against our advice ("men ni ville att …, så det är därför"). The organisation clearing itself
 * ("juuri niin kuin tilauksessa pyydettiin", "on siis tehty sovitusti", "done to … guidelines", "inget vi kan påverka").
 * Brushing off ("ihan turha huoli", "kyse oli siis lopulta vain …", "kommer säkert att återhämta sig"), pointing at a
 * sheet ("I'd encourage you to take another look at that sheet", "jonka toivottavasti ehdit lukea"), putting off
 * ("kun kirjanpitäjällä vapautuu aikaa"). And what it read as a problem in clean replies: "kirjattu oikein" in a
 * paragraph that owns the fault, proof to a third party "että … asianmukaisesti", a reassuring "eikä … käsitellä
 * matkalla", what cannot be replaced for its meaning, "ilmoitan, kun se on valmis" beside a date. `finds` and `leaves`
 * are written here, not taken from the held-out replies.
 */
import { describeClasses, type WordingClass } from './rule-classes';

const classes: WordingClass[] = [
  {
    name: 'a bill or care left undone named as the cause (fi)',
    language: 'fi',
    category: 'blame',
    finds: [
      'Kulkuoikeus katkaistiin, koska vuokra oli yhä maksamatta eräpäivänä.',
      'Suodatinta ei ole puhdistettu koko kesänä, joten pumppu on ylikuumentunut.',
      'Sopimus oli vielä allekirjoittamatta, joten paikka annettiin seuraavalle jonossa.',
    ],
    leaves: [
      'Suodatin on puhdistettu huollossa, joten pumppu toimii taas normaalisti.',
      'Lasku jäi meiltä lähettämättä, joten emme peri viivästysmaksua.',
    ],
  },
  {
    name: 'fitted by the customer, or entered so on their form (fi)',
    language: 'fi',
    category: 'blame',
    finds: ['Hana on asennettu itse, joten takuu ei kata vuotoa.', 'Varauksessa oli merkitty yksi henkilö, joten paikkoja oli vain yksi.'],
    leaves: [
      'Hana on asennettu itse, ja tarkistamme sen mielellämme maksutta.',
      'Varauksessasi on merkitty kaksi henkilöä, joten hinta on 80 euroa.',
    ],
  },
  {
    name: 'the organisation clearing itself: done just as ordered, done as agreed after all (fi)',
    language: 'fi',
    category: 'defensive',
    finds: ['Teimme saumauksen juuri niin kuin tilauksessa pyydettiin.', 'Asennus on siis tehty sovitusti.'],
    leaves: ['Asennus on tehty, ja lasku lähtee huomenna.', 'Teimme saumauksen uudelleen, ja pahoittelen vaivaa.'],
  },
  {
    name: 'a worry waved away, the wait made small (fi)',
    language: 'fi',
    category: 'dismissive',
    finds: ['Se on aivan turha huoli.', 'Kyse oli siis lopulta vain kymmenestä minuutista.'],
    leaves: ['Huolesi on ymmärrettävä, ja tarkistamme asian tänään.', 'Kyse on 15 minuutin toimenpiteestä, ja se tehdään paikan päällä.'],
  },
  {
    name: 'a document the customer hopefully read (fi)',
    language: 'fi',
    category: 'passive-aggressive',
    finds: ['Hinnat näkyvät tilausvahvistuksessa, jonka toivottavasti ehdit lukea.'],
    leaves: ['Toivottavasti ehdit levätä lomalla.'],
  },
  {
    name: 'when someone has time (fi)',
    language: 'fi',
    category: 'vague-promise',
    finds: ['Asentaja käy paikalla heti, kun hänellä vapautuu aikaa.', 'Katsomme asian, kun meillä on taas aikaa.'],
    leaves: ['Soita meille, kun sinulla on aikaa.'],
  },
  {
    name: 'clean: a fault owned in the paragraph, proof to a third party, reassurance, meaning that cannot be replaced (fi)',
    language: 'fi',
    category: 'defensive',
    finds: ['Ei tässä ole mitään meidän virhettä, kaikki on kirjattu oikein.'],
    leaves: [
      'Varauksesi oli kirjattu oikein. Kuljettajalle se kuitenkin näkyi väärällä päivällä, eikä virhettä huomattu. Vastuu on meidän.',
      'Todistuksen avulla voit näyttää isännöitsijälle, että jätteet on käsitelty asianmukaisesti.',
    ],
  },
  {
    name: 'clean: a negative that reassures or sympathises (fi)',
    language: 'fi',
    category: 'negative-framing',
    finds: ['Hyvitystä ei makseta jälkikäteen.'],
    leaves: [
      'Auto ajaa suoraan laitokselle, eikä asiakirjoja käsitellä missään vaiheessa käsin.',
      'Kello on isäsi, eikä sen tunnearvoa voi korvata rahalla.',
    ],
  },
  {
    name: 'clean: "I will let you know when it is ready" beside a date in the paragraph (fi)',
    language: 'fi',
    category: 'vague-promise',
    finds: ['Ilmoitamme sinulle, kun korjaus on valmis.'],
    leaves: ['Pyörä on valmis viimeistään torstaina 14.3. Lähetän viestin, kun se on valmis.'],
  },
  {
    name: 'a bill left unpaid, a thing left unused, "what we usually see when" (en)',
    language: 'en',
    category: 'blame',
    finds: [
      'The deposit was still unpaid on Friday, so your booking was released.',
      'The mower was stored all winter without being serviced, so the carburettor has gummed up.',
      'The cracking is what we typically see when a new floor is heated too quickly.',
      'The damp seems to come from storage conditions and not a failure of the seals.',
    ],
    leaves: [
      'The payment came back unpaid, so I have set a new collection date for 28 June.',
      'This is what we usually see when a part wears out, and the repair is covered, so I am sorry it failed.',
    ],
  },
  {
    name: 'a sheet to read again; work done to the guidelines (en)',
    language: 'en',
    category: 'passive-aggressive',
    finds: ['I would urge you to re-read the care guide before the next wash.'],
    leaves: ['I would encourage you to take another look at the photos and tell me which step they show.'],
  },
  {
    name: 'work done to the guidelines (en)',
    language: 'en',
    category: 'defensive',
    finds: ["The fitting was carried out in line with the manufacturer's instructions."],
    leaves: ["Sorry, the fitting was not carried out in line with the manufacturer's instructions, and we will redo it."],
  },
  {
    name: 'nothing we here can change (sv)',
    language: 'sv',
    category: 'defensive',
    finds: ['Avgiften sköts helt av systemet, och det är inget vi i butiken kan påverka.', 'Det är ingenting jag som tekniker kan göra något åt.'],
    leaves: ['Vi kan påverka leveranstiden om du bokar före fredag, och det är inget extra för det.'],
  },
  {
    name: "the customer's wish against our advice as the cause (sv)",
    language: 'sv',
    category: 'blame',
    finds: ['Vi föreslog att vänta en vecka, men du ville att vi skulle lägga golvet direkt, så det är därför skarvarna har öppnat sig.'],
    leaves: ['Vi föreslog att vänta en vecka, men du ville börja direkt, och det går bra om rummet håller jämn värme.'],
  },
  {
    name: 'it will surely recover, only a little left (sv)',
    language: 'sv',
    category: 'dismissive',
    finds: ['Häcken kommer säkert att repa sig till sommaren.', 'Det är bara lite sågspån kvar, inget som påverkar resultatet.'],
    leaves: ['Häcken brukar repa sig till sommaren, men hör av dig om den inte har grönskat i juni så kommer vi ut.'],
  },
];

describeClasses('round 14: wordings from round 16, in words no earlier rule listed', classes);

/**
 * Families written from a probe of wordings no labelled set had: the evidence pointing at the customer ("ruosteen
 * jäljet viittaavat siihen, että ketjua ei ole voideltu", "the wear suggests it hasn't been serviced", "tyder på att
 * … inte har skötts"), the customer away or late ("koska et ollut kotona", "only reached us … later", "kom in först"),
 * a thing run down "which caused …"; the organisation by the rules or passing a decision on ("lain edellyttämällä
 * tavalla", "nothing unclear about our pricing", "we followed every recommendation", "I'm just passing it on",
 * "beslutet fattades av huvudkontoret").
 */
const probed: WordingClass[] = [
  {
    name: 'the evidence points at the customer (fi)',
    language: 'fi',
    category: 'blame',
    finds: [
      'Kuluma viittaa siihen, että suodatinta ei ole puhdistettu koko kesänä.',
      'Jäljet osoittavat, että konetta on käytetty ohjeiden vastaisesti.',
    ],
    leaves: ['Mittaukset osoittavat, että pumppu toimii taas normaalisti.'],
  },
  {
    name: 'the evidence points at the customer (en)',
    language: 'en',
    category: 'blame',
    finds: ['The wear suggests the filter has not been cleaned all summer.', 'The dent is consistent with rough handling.'],
    leaves: ['The test indicates the pump is running normally again.'],
  },
  {
    name: 'the evidence points at the customer (sv)',
    language: 'sv',
    category: 'blame',
    finds: ['Slitaget tyder på att filtret inte har rengjorts på hela sommaren.', 'Bucklan pekar på ovarsam hantering.'],
    leaves: ['Testet visar att pumpen går normalt igen.'],
  },
  {
    name: 'away, late, or a thing run down "which caused" (fi)',
    language: 'fi',
    category: 'blame',
    finds: [
      'Koska ette olleet kotona sovittuun aikaan, huoltomies ei päässyt sisään.',
      'Reklamaatiosi saapui meille vasta kuukauden päästä, joten takuu oli jo päättynyt.',
      'Venettä oli säilytetty talven ulkona peittämättä, mikä aiheutti halkeamat.',
    ],
    leaves: ['Koska olit jo kotona, asentaja tuli tuntia aiemmin.', 'Tilauksesi tuli meille vasta eilen, joten lähetämme sen huomenna.'],
  },
  {
    name: 'away, late, or a thing run down "which caused" (en)',
    language: 'en',
    category: 'blame',
    finds: [
      'Because you were not at the address, the courier took the parcel back.',
      'The form only arrived on the 20th, after the deadline.',
      'The bike had been ridden with a flat tyre, which damaged the rim.',
    ],
    leaves: ["As you weren't home, I left the box in the porch as you asked."],
  },
  {
    name: 'late, or a thing run down "which caused" (sv)',
    language: 'sv',
    category: 'blame',
    finds: ['Er ansökan kom in först efter sista dagen.', 'Båten hade stått ute hela vintern utan kapell, vilket orsakade sprickorna.'],
    leaves: ['Din beställning kom in först i morse, och vi skickar den i dag.'],
  },
  {
    name: 'by the rules, nothing wrong, passing the decision on (fi)',
    language: 'fi',
    category: 'defensive',
    finds: ['Käsittelimme hakemuksen sääntöjen edellyttämällä tavalla.', 'Laskussa ei ole mitään virheellistä.', 'Välitän vain päätöksen.'],
    leaves: ['Jos laskussa on jotain epäselvää, soita minulle.', 'Välitän tiedon asentajalle vielä tänään.'],
  },
  {
    name: 'by the rules, nothing wrong, passing the decision on (en)',
    language: 'en',
    category: 'defensive',
    finds: [
      'Our staff followed all the relevant procedures.',
      'We refunded you precisely as the terms require.',
      "There's nothing wrong with the invoice.",
      "We're only relaying the decision on.",
    ],
    leaves: ['If anything about the invoice is unclear, just reply to this email.'],
  },
  {
    name: 'by the rules, nothing wrong, passing the decision on (sv)',
    language: 'sv',
    category: 'defensive',
    finds: ['Personalen följde samtliga rutiner.', 'Det finns inget fel på fakturan.', 'Beslutet togs av ledningen.'],
    leaves: ['Jag förmedlar bara ditt nummer till montören, så ringer han dig.', 'Om något är oklart i fakturan, ring mig gärna.'],
  },
];

describeClasses('round 14: families from a probe of wordings no labelled set had', probed);

/**
 * Round 14's passage bank (one new writer per language, trades and home services), its tuned half: blame told as the
 * state of the customer's side with the link to the fault ("had been topped up …, which is what tripped …", "ei
 * ollut luotu lunta, mikä selittää …", "var inte märkta …, så …"), what usually happens when people …, a choice
 * against our advice; near misses that say what happens next or own our part stay quiet.
 */
const banked: WordingClass[] = [
  {
    name: "the customer's side as the cause, with what it led to (en)",
    language: 'en',
    category: 'blame',
    finds: [
      'The radiator valves had been turned off in the spare room, which is what let the pipe freeze.',
      "The side gate wasn't unlocked on the morning, so the crew couldn't get the mower through.",
      'This usually happens when tenants leave the extractor fan switched off.',
      "You went with the thinner insulation against our surveyor's advice.",
    ],
    leaves: [
      "The side gate wasn't unlocked on the morning, so I've rebooked the crew for Friday at 9.",
      'The valve had been turned off by our engineer, which is what let the pipe freeze, and we will pay for the repair.',
    ],
  },
  {
    name: "the customer's side as the cause, with what it led to (fi)",
    language: 'fi',
    category: 'blame',
    finds: [
      'Kosteus johtui siitä, että tuuletusluukku oli jätetty kiinni koko talveksi.',
      'Rännejä ei ollut puhdistettu syksyllä, mikä selittää vuodon.',
      'Tällaista käy yleensä silloin, kun pesukoneeseen laitetaan liikaa pyykkiä.',
    ],
    leaves: ['Rännejä ei ollut puhdistettu syksyllä, joten puhdistamme ne nyt veloituksetta.'],
  },
  {
    name: "the customer's side as the cause, with what it led to (sv)",
    language: 'sv',
    category: 'blame',
    finds: [
      'Läckaget uppstod eftersom kranen hade lämnats öppen över helgen.',
      'Lådorna var inte packade när flyttbilen kom, så jobbet tog två timmar längre.',
    ],
    leaves: ['Lådorna var inte packade när bilen kom, så vi packar dem åt dig utan extra kostnad.'],
  },
];

describeClasses("round 14: the passage bank's tuned half, as families", banked);
