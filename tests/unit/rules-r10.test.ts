/**
 * Round 10 of issue 14: rules the labelled material shows wrong more often than right, read across every writer's
 * tuning replies and passage banks (docs/benchmarks.md, "Round 10"). Each class names the general reason; `leaves`
 * holds one sentence from that material and others written here, `finds` the real problems the rule must still hint.
 */
import { describeClasses, type WordingClass } from './rule-classes';

const classes: WordingClass[] = [
  {
    name: 'relation words (osalta, kannalta, nähden, johdosta, puitteissa) are everyday Finnish; officialese agents are not',
    language: 'fi',
    category: 'jargon',
    finds: ['Hakemus käsitellään Kelan toimesta.', 'Asiaan palataan meidän taholtamme.'],
    leaves: [
      'Hakemuksesi käsittely on nyt päättynyt tämän haun osalta, ja päätös on nähtävissä Opintopolussa.',
      'Palat olivat niin kuluneet, että vaihto oli turvallisuuden kannalta tarpeen.',
      'Takuu riittää hyvin auton ikään nähden.',
      'Vuoro perutaan hygienistin sairastumisen johdosta, ja uusi aika tarjotaan huomenna.',
      'Palautus käsitellään tavallisen käsittelyajan puitteissa eli viikossa.',
    ],
  },
  {
    name: '"clearly" after so, very or as says how something was said, not that the trouble is obvious',
    language: 'en',
    category: 'dismissive',
    finds: ['Clearly the problem is your router.', 'The charger is clearly broken, so there is nothing more to check.'],
    leaves: [
      'Thank you for telling us so clearly what went wrong.',
      'Thank you for describing your broken tooth so clearly; it helps us judge how urgent it is.',
      'Your notes were very clearly laid out, which made the claim quick to check.',
      'I will set out the new charges as clearly as I can.',
    ],
  },
  {
    name: "the customer's tickets (a show, a flight) are not a support ticket; a ticket number still is jargon",
    language: 'en',
    category: 'jargon',
    finds: ['Please quote your ticket ID in every reply.', 'Your ticket number is 4471 and the team has it.'],
    leaves: [
      'Your tickets will be emailed to you on Friday.',
      'I have moved your tickets to the 19:30 performance at no charge.',
      'Your ticket covers both the outward and the return journey.',
    ],
  },
  {
    name: 'ulosotto, ulosmittaus, liikamaksu and välimuisti are the plain Finnish words for what they name',
    language: 'fi',
    category: 'jargon',
    finds: ['Summa siirtyy perintään eräpäivän jälkeen.', 'Tyhjennä selaimen cache ja kirjaudu uudelleen.'],
    leaves: [
      'Ulosottomies lähettää sinulle maksuohjelman kirjeellä.',
      'Liikamaksu palautetaan tilillesi perjantaina.',
      'Tyhjennä selaimen välimuisti ja kirjaudu uudelleen.',
    ],
  },
  {
    name: '"helppo unohtaa" (easy to miss) takes the customer\'s side; "tämä on helppo juttu" makes the trouble small',
    language: 'fi',
    category: 'dismissive',
    finds: ['Tämä on ihan helppo juttu, sen hoitaa kuka tahansa.', 'Ajan siirtäminen on helppoa.'],
    leaves: ['Paasto-ohje on helppo unohtaa aamukiireessä.', 'Eräpäivä on helppo ohittaa, kun lasku tulee sähköpostiin.'],
  },
  {
    name: 'needing only a thing (a document, an ID) states what to bring; needing only to do something can belittle',
    language: 'fi',
    category: 'dismissive',
    finds: ['Sinun tarvitsee vain avata sovellus ja valita Kortit.', 'Teidän tarvitsee vain liittää tiedosto.'],
    leaves: [
      'Kirjastokorttia varten tarvitset vain henkilöllisyystodistuksen.',
      'Kirjautumiseen tarvitset vain pankkitunnukset tai mobiilivarmenteen.',
    ],
  },
  {
    name: 'needing only a thing, and "det är bara X som…" (only X), say what is needed or affected, not that it is trivial',
    language: 'sv',
    category: 'dismissive',
    finds: ['Du behöver bara trycka på den gröna knappen, svårare än så är det inte.', 'Det är ju bara ett årskort.'],
    leaves: [
      'Du behöver bara ett dokument för ansökan: hyreskontraktet.',
      'Till första träffen behöver du bara ta med ditt ID-kort.',
      'Det är bara ytterdörren som byts på torsdag, så hissen fungerar som vanligt.',
    ],
  },
  {
    name: 'a promise "i slutet av januari" or "den dagen" has its time; "så snart som möjligt" has none',
    language: 'sv',
    category: 'vague-promise',
    finds: ['Vi återkommer så snart vi kan.', 'Jag hör av mig när jag vet mer.'],
    leaves: [
      'Jag hör av mig i slutet av januari, efter utbyggnaden, och frågar hur det fungerar.',
      'Vi kontaktar dig i början av mars med ett nytt förslag.',
      'Reparatören kommer den 12 maj. Jag följer själv upp den dagen och meddelar dig.',
    ],
  },
  {
    name: '"käydään läpi", "tarkistetaan yhdessä": the writer and the customer do it together, now; "asia selvitetään" has no owner',
    language: 'fi',
    category: 'vague-promise',
    finds: ['Asia selvitetään.', 'Vikaa tutkitaan parhaillaan.'],
    leaves: ['Käydään asia yhdessä läpi.', 'Seuraavaksi tarkistetaan asetukset yhdessä.', 'Käydään ne läpi yksi kerrallaan.'],
  },
  {
    name: "an eTA beside a visa or entry rules is Canada's travel authorisation, not an arrival time (its rewrite would break the sentence)",
    language: 'en',
    category: 'jargon',
    finds: ['The ETA for your parcel is Friday.', 'I will send you the ETA tomorrow.'],
    leaves: [
      "Canada needs a visa or eTA before boarding, and I didn't see one on the booking.",
      "Canada's entry rules changed in January. You now need an eTA, and the application takes ten minutes.",
    ],
  },
  {
    name: 'a promise with a date in its sentence ("at their meeting on 18 April") has its time',
    language: 'en',
    category: 'vague-promise',
    finds: ["I've flagged this with my manager, who will decide on the next steps.", 'Your complaint will be looked at by a senior colleague.'],
    leaves: [
      'Our network team will review the setpoint for your area at their monthly meeting on 18 April.',
      'A specialist will decide on the claim by 3 March and write to you the same day.',
    ],
  },
  {
    name: '"simply means" defines a term; "simply" before an action makes it sound trivial',
    language: 'en',
    category: 'dismissive',
    finds: ['Simply restart the router.', 'You simply need to log in again.'],
    leaves: [
      'This is called a Class N exemption, which simply means a property where all the adults are full-time students.',
      'Pro rata simply means in proportion to the days you used.',
    ],
  },
  {
    name: 'a Finnish word in capitals ("ÄLÄ irrota") is emphasis, not an acronym',
    language: 'fi',
    category: 'jargon',
    finds: ['Vastaamme SLA:n mukaisesti.', 'Lähetä tiedot OVT-tunnuksella.'],
    leaves: ['ÄLÄ irrota modeemia sähköistä vikatilanteessa.', 'Maksa lasku HETI, niin vältät muistutuskulut.'],
  },
  {
    name: 'a passive "no" in a relative clause defines a case, a fee not charged is good news, "se ei ole hyväksyttävää" owns a fault',
    language: 'fi',
    category: 'negative-framing',
    finds: ['Korvausta ei makseta.', 'Lainoja ei uusita, jos niistä on varaus.'],
    leaves: [
      'Lapsena kuulutte I veroluokkaan, jossa alle 20 000 euron osuudesta ei makseta veroa.',
      'Ilmoituksesi siirtyi väärälle tiimille, eikä kukaan huomannut sitä. Se ei ole hyväksyttävää.',
      'Toimitusmaksua ei veloiteta, koska tilaus myöhästyi meidän takiamme.',
    ],
  },
  {
    name: 'having written to someone else already is work done, not a reminder to the customer',
    language: 'sv',
    category: 'passive-aggressive',
    finds: ['Som jag redan skrev i mitt förra mejl behöver vi kvittot.', 'Jag har redan förklarat det här.'],
    leaves: ['Jag har redan skrivit till henne och berättat om inloggningsproblemet.', 'Vi har redan pratat med handläggaren om förseningen.'],
  },
  {
    name: 'a fee that will not be charged is good news, not a refusal',
    language: 'sv',
    category: 'negative-framing',
    finds: ['Ersättningen kan tyvärr inte betalas ut.', 'Avgiften återbetalas inte.'],
    leaves: ['Pappersfakturaavgiften ska inte tas ut, eftersom ni redan hade bytt till e-faktura.', 'Förseningsavgiften kommer inte att debiteras.'],
  },
];

describeClasses('round 10: rules the labelled material shows wrong', classes);
