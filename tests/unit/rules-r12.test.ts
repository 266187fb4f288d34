/**
 * Round 12 of issue 14: what round 11's held-out replies (read once at the end of round 11, tuning material since:
 * tuning-r11h-*) showed the engine reading wrong, as general kinds of text: signs, ports and doors named in
 * capitals, a thing with its number, a glossary line, an acronym with what it is after a comma, an acronym everyone
 * knows. `leaves` holds sentences from that material and others written here; `finds` the problems that must still
 * be hinted.
 */
import { describeClasses, type WordingClass } from './rule-classes';

const classes: WordingClass[] = [
  {
    name: 'capitals after "marked", "labelled", "signs" name a sign, a door or a port',
    language: 'en',
    category: 'shouting',
    finds: ['Please DO NOT park in the lane marked for buses.', 'The door is LOCKED AFTER SIX.'],
    leaves: [
      'Vehicles over 2.5 m high load from the lane marked HIGH VEHICLES, and the staff at the booth will direct you.',
      'Follow the signs for SHORT STAY from the roundabout.',
    ],
  },
  {
    name: 'one or two words in capitals with a short number after them name a thing with its number',
    language: 'en',
    category: 'shouting',
    finds: ['CALL US ON 0800 555 7878 NOW.', 'Your refund was ALREADY sent on Monday.'],
    leaves: ['Trolleys are by the door to LOADING BAY 2, next to the office.', 'Your cabin is on DECK 6, starboard side.'],
  },
  {
    name: 'one or two words in capitals with a model after them name a product (fi)',
    language: 'fi',
    category: 'shouting',
    finds: ['Laskua EI VOI maksaa käteisellä.'],
    leaves: ['Laskulla on rivi, joka ei kuulu teille: painepesuri KÄRCHER HD 6/15 C, tuotekoodi PP-220, 3 vrk, 96 €.'],
  },
  {
    name: 'a glossary line: the term in capitals opens the line and a dash or a colon says what it is',
    language: 'en',
    category: 'shouting',
    finds: ['NEVER SEND YOUR PIN BY EMAIL.'],
    leaves: [
      "Here's what the lines you circled mean:\n- BASIC 37.5 – your 37.5 standard hours at £13.20 an hour.\n- WKND ENH – the weekend enhancement, an extra £2.00 an hour for your Saturday shifts.\n- HOL ACCR – holiday pay you have built up so far.",
    ],
  },
  {
    name: 'a glossary line, not a call for attention: "HUOM:" still shouts when what follows does (fi)',
    language: 'fi',
    category: 'shouting',
    finds: ['HUOM: LASKU ON MAKSETTAVA HETI.'],
    leaves: ['Palkkalaskelman rivit:\n- PERUSPALKKA: tehdyt tunnit tuntipalkalla.\n- ILTALISÄ: lisä klo 18 jälkeen tehdyistä tunneista.'],
  },
  {
    name: 'an acronym with what it is after a comma is explained ("POPLA, the independent appeals service")',
    language: 'en',
    category: 'shouting',
    finds: ['You MUST appeal within 28 days.'],
    leaves: ['If you do not accept this decision, you can appeal to POPLA, the independent appeals service for private parking, within 28 days.'],
  },
  {
    name: 'a port marked with an acronym, and HDMI, are no jargon',
    language: 'en',
    category: 'jargon',
    finds: ["Your child's EHCP will be reviewed next month."],
    leaves: ['Check the gray cable that runs from the wall socket to the port marked DSL on the back of the router.'],
  },
  {
    name: 'HDMI is an acronym everyone knows',
    language: 'fi',
    category: 'jargon',
    finds: ['Tarvitsemme hakemukseen vielä TOJ-lausunnon.'],
    leaves: ['Kabinetissa on näyttö ja HDMI-liitäntä esityksiä varten, joten oman kannettavan voi kytkeä siihen suoraan.'],
  },
  {
    name: 'the organisation clearing itself by its routines, stressed ("precis enligt våra rutiner", "från vår sida")',
    language: 'sv',
    category: 'defensive',
    finds: [
      'Vasen var packad precis enligt våra rutiner.',
      'Så från vår sida hanterades situationen enligt gällande rutiner.',
      'Beslutet fattades inom den tid som lagen tillåter, och vi har i alla skeden följt gällande bestämmelser.',
    ],
    leaves: ['Vi har packat om vasen precis som du bad om, med extra skydd, och skickar den i dag.'],
  },
  {
    name: 'sorry if it was not quite what you expected is a conditional apology (sv)',
    language: 'sv',
    category: 'formulaic-apology',
    finds: ['Vi beklagar om leveransen inte riktigt motsvarade dina förväntningar.'],
    leaves: ['Vi beklagar att leveransen kom fram trasig; vi skickar en ny i dag.'],
  },
  {
    name: 'the customer\'s omission named as the cause ("You didn\'t tick the box…, so…")',
    language: 'en',
    category: 'blame',
    finds: ["You didn't tick the early-arrival box on your application form in May, so there's no room reserved for you now."],
    leaves: ["If you didn't tick the early-arrival box, let me know and I'll add it for you now."],
  },
];

describeClasses('round 12: signs, numbers, glossary lines and known acronyms', classes);
