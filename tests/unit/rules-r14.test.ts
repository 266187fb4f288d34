/**
 * Round 14 of issue 14: what round 13's held-out replies (read once at the end of round 12, tuning material since:
 * tuning-r13h-*) showed the engine reading wrong, as families of wording and kinds of text: the customer's own word
 * turned against them ("although you told us …, so …"), hindsight ("regular attendance would have avoided this"),
 * "so we had no chance to …" in Swedish, the organisation's standard as its defence, a sign that "says so"; and
 * names in capitals joined by "or", a standard's number after "EN", "ilmeisesti" as a plain hedge, a general fact
 * about what often cannot be done, an apology in a paragraph that names the fault. `finds` and `leaves` are written
 * here, not taken from the held-out replies.
 */
import { describeClasses, type WordingClass } from './rule-classes';

const classes: WordingClass[] = [
  {
    name: 'the customer\'s own word turned against them: "vaikka kerroit …, joten …" (fi)',
    language: 'fi',
    category: 'blame',
    finds: ['Vaikka ilmoititte osallistujia olevan 20, paikalle tuli 35, joten tilat eivät riittäneet.'],
    leaves: ['Vaikka kerroit, ettei asia ole kiireellinen, ehdimme vaihtaa renkaat jo tänään.'],
  },
  {
    name: "the customer's own word turned against them, and hindsight (en)",
    language: 'en',
    category: 'blame',
    finds: [
      'The tank ran dry even though you told us it had been filled, so the pump burned out.',
      'Timely servicing would have prevented the damage.',
    ],
    leaves: [
      'Even though you told us there was no rush, we finished the repair this morning.',
      'Earlier notice from us would have prevented this, and I am sorry we did not send it.',
    ],
  },
  {
    name: '"so we had no chance to …", "trots att du sa …, så …", "kom aldrig in från er, så" (sv)',
    language: 'sv',
    category: 'blame',
    finds: [
      'Du lämnade inte nyckeln, så vi hade ingen möjlighet att komma in.',
      'Trots att du sa att rummet var tömt, stod möblerna kvar, så vi fick avbryta.',
      'Betalningen kom aldrig in från dig, så bokningen föll bort.',
    ],
    leaves: ['Trots att du sa att det inte var bråttom, så hann vi laga cykeln redan i dag.'],
  },
  {
    name: "the organisation's standard as its defence (en)",
    language: 'en',
    category: 'defensive',
    finds: [
      'The installation was carried out to the required standard.',
      'Our process is fully compliant.',
      "It's not something we can be held responsible for.",
    ],
    leaves: ['We will redo the seal to the agreed standard on Friday at no cost to you.'],
  },
  {
    name: 'a sign that says so (fi)',
    language: 'fi',
    category: 'passive-aggressive',
    finds: ['Kassan vieressä on selkeä opaste, jossa tämä kerrotaan.'],
    leaves: ['Kassan vieressä on opaste, ja autamme mielellämme, jos reittiä on vaikea löytää.'],
  },
  {
    name: '"I explained that already", "this time I ask you" (sv)',
    language: 'sv',
    category: 'passive-aggressive',
    finds: ['Det sa jag redan i telefon förra veckan.', 'Den här gången vill jag be dig att läsa instruktionen först.'],
    leaves: ['Den här gången står vi för frakten.'],
  },
  {
    name: 'the second of two names in capitals joined by "eller" is a name too (sv)',
    language: 'sv',
    category: 'shouting',
    finds: ['Vi har INTE FÅTT någon betalning.'],
    leaves: ['Välj biljetten VUXEN-DAG för en dag (120 kronor) eller VUXEN-ÅR för hela året.'],
  },
  {
    name: 'a standard\'s name "EN 81-80" is no shouted "en" (fi)',
    language: 'fi',
    category: 'shouting',
    finds: ['EN voi auttaa tässä asiassa.'],
    leaves: ['Hissit tarkastetaan EN 81-20 -standardin mukaan.'],
  },
  {
    name: '"ilmeisesti" is a plain hedge, not "obviously" (fi)',
    language: 'fi',
    category: 'dismissive',
    finds: ['Kuten kaikki tietävät, lasku pitää maksaa ajallaan.'],
    leaves: ['Lähetys oli ilmeisesti jäänyt lajittelukeskukseen, ja pahoittelen viivettä.'],
  },
  {
    name: 'what often cannot be done is a fact, not a refusal (en)',
    language: 'en',
    category: 'negative-framing',
    finds: ["We can't refund the ticket."],
    leaves: ['Scratches that deep usually cannot be polished out completely, but we can fill them so they barely show.'],
  },
  {
    name: 'an apology in a paragraph that names the fault is owned (en, sv)',
    language: 'en',
    category: 'formulaic-apology',
    finds: ['We apologise for any inconvenience caused.'],
    leaves: ["You're right: we charged your card twice in error. I'm sorry about that, and the refund is on its way."],
  },
  {
    name: "after round 14's held-out replies: the customer's act in the pluperfect, their approval as the cause (en)",
    language: 'en',
    category: 'blame',
    finds: [
      "We couldn't collect the bin because you'd left garden waste in it, so the lorry skipped your street.",
      "The size you ordered was a medium, so that's what we sent.",
    ],
    leaves: ["Because you'd already paid the deposit, so we have refunded it in full today."],
  },
  {
    name: "after round 14's held-out replies: a step not taken in time, so the order went ahead (sv)",
    language: 'sv',
    category: 'blame',
    finds: ['Du avbokade inte tiden före fredag, så avgiften drogs som vanligt.'],
    leaves: ['Du behövde inte göra något, så vi ordnade det direkt.'],
  },
  {
    name: "after round 14's held-out replies: the trade's practice or a permit as a shield (fi)",
    language: 'fi',
    category: 'defensive',
    finds: ['Tämä on alalla yleinen käytäntö.', 'Työtapamme on rakennusmääräysten mukainen.', 'Maalarimme teki juuri niin kuin pyysit.'],
    leaves: ['Uusi menetelmä on ympäristöluvan mukainen, jos haluat lukea siitä lisää.'],
  },
  {
    name: 'after round 14\'s held-out replies: "any beginner can manage it", "a pretty basic rule" (en)',
    language: 'en',
    category: 'dismissive',
    finds: ['Even a child could fit it.', 'It is a fairly simple step.'],
    leaves: ["If you're new to this, our beginner's guide is attached, and I'm happy to talk you through it."],
  },
  {
    name: 'after round 14\'s held-out replies: "än en gång" in a comparison and "i vår makt" are no edge (sv)',
    language: 'sv',
    category: 'passive-aggressive',
    finds: ['Återigen: läs villkoren innan du bokar.'],
    leaves: ['Om pumpen startar oftare än en gång i timmen, ring oss.', 'Vi har gjort allt som står i vår makt för att hålla tiden.'],
  },
  {
    name: 'after round 14\'s held-out replies: "vasu" beside flowers is a basket (fi)',
    language: 'fi',
    category: 'jargon',
    finds: ['Lapsen vasu päivitetään keväällä.'],
    leaves: ['Haudalle saa tuoda kesäksi kukkaruukun tai pajuisen vasun.'],
  },
];

describeClasses('wordings of round 14', classes);
