/**
 * Round 13b (blame and defensive in fi, en, sv): families of wording generalised from the paraphrase banks, not
 * phrases from one reply. Blame: a duty left undone told in the passive as the cause ("koska lupalappua ei
 * palautettu", "because the permit wasn't displayed", "eftersom nyckeln inte hade lämnats"), costs and liability put
 * on the customer, "olet ilmeisesti …-nut", a thing done against the instructions, the customer's part named by
 * role ("down to the passenger", "ligger på vårdnadshavaren"). Defensive: not our fault, not from us, not ours to
 * answer for, only a go-between, the rules were followed. `finds` are paraphrases written here; `leaves` are the
 * near misses that must stay quiet.
 */
import { describeClasses, type WordingClass } from './rule-classes';

const classes: WordingClass[] = [
  {
    name: 'a duty left undone, told in the passive, as the cause (fi)',
    language: 'fi',
    category: 'blame',
    finds: [
      'Jäsenyys päättyi, koska uusimista ei vahvistettu ajoissa.',
      'Lisälasku johtuu siitä, ettei vuokraa suoritettu eräpäivään mennessä.',
      'Tunnus lukittui, sillä salasana näppäiltiin väärin viidesti.',
    ],
    leaves: [
      'Pahoittelen, että tilaus viivästyi, koska sitä ei vahvistettu meillä ajoissa.',
      'Kiitos, kun ilmoitit, että roska-astia jäi tyhjentämättä. Tyhjennämme sen huomenna.',
    ],
  },
  {
    name: 'costs and liability put on the customer, "olet ilmeisesti …-nut", against the instructions (fi)',
    language: 'fi',
    category: 'blame',
    finds: ['Siivouskulut kohdistetaan sinulle.', 'Olette ilmeisesti painaneet väärää nappia.', 'Suodatin on vaihdettu käyttöohjeen vastaisesti.'],
    leaves: ['Vastuu on meidän, ja korvaamme vahingon.', 'Olet varmaan jo huomannut, että sovellus päivittyi.'],
  },
  {
    name: 'not our fault, not from us, only a go-between, the rules were followed (fi)',
    language: 'fi',
    category: 'defensive',
    finds: [
      'Ei ole meidän vikamme, että juna oli myöhässä.',
      'Virheellinen summa ei ollut peräisin meiltä.',
      'Toimimme vain välittäjänä.',
      'Kioski ei vastaa siitä, mitä arpajaisten järjestäjä päättää.',
    ],
    leaves: ['Tuote ei vastaa kuvausta, joten hyvitämme sen.', 'Noudatamme kaikilla asiakkailla samaa hinnastoa, ja voit maksaa sen osissa.'],
  },
  {
    name: 'an omission as the cause, the customer\'s part named by role, "you must have seen" (en)',
    language: 'en',
    category: 'blame',
    finds: [
      'The membership lapsed because the renewal form was never returned.',
      'The late fee applies after the reminder letter went unanswered.',
      'Checking the dates was down to the customer.',
      'The notice was on the gate, which you must have seen.',
    ],
    leaves: ["I'm sorry your emails went unanswered for a week.", 'The choice of date is up to you, and I can hold both for now.'],
  },
  {
    name: 'not something we control, a separate company, "not by us", "I can assure you" (en)',
    language: 'en',
    category: 'defensive',
    finds: [
      "Delays at the border aren't something the agency controls.",
      'The cleaning firm is a separate company and answers for its own staff.',
      'Ticket prices are decided by the venue, not by us.',
      'I can assure you that our records are robust.',
    ],
    leaves: [
      "Evening opening isn't something we do at present, but the galleries stay open until eight.",
      'It was our mistake, not yours, and I have refunded the fee.',
    ],
  },
  {
    name: 'a duty left undone as the cause, a form filled in wrongly, the duty laid on the customer (sv)',
    language: 'sv',
    category: 'blame',
    finds: [
      'Abonnemanget stängdes eftersom det inte hade förnyats i tid.',
      'Deklarationen var ofullständigt ifylld, så beslutet dröjde.',
      'Ansvaret för att boka om ligger på resenären.',
    ],
    leaves: [
      'Beslutet dröjde eftersom ansökan inte hade registrerats hos oss, och det ber jag om ursäkt för.',
      'Ansvaret för reparationen ligger på oss, och vi bokar en tid direkt.',
    ],
  },
  {
    name: 'not ours to answer for: "ansvarar inte för", "inte av oss", only a go-between (sv)',
    language: 'sv',
    category: 'defensive',
    finds: ['Gymmet ansvarar inte för saker i omklädningsrummet.', 'Avgiften bestäms av kommunen, inte av oss.', 'Vi säljer bara biljetterna.'],
    leaves: ['Du ansvarar inte för skadan, och vi ersätter den.', 'Det var vi som gjorde fel, inte du, och vi betalar tillbaka avgiften.'],
  },
];

describeClasses('round 13b: blame and defensive families from the paraphrase banks', classes);
