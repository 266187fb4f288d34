/**
 * Round 13 of issue 14, English and Swedish: families of wording the paraphrase banks showed the rules missing in
 * passive-aggressive, dismissive, defensive and blaming replies. Passive aggression said in other words ("We trust this is now
 * clear", "As you'll no doubt recall", "Thanks for your fourth email", "Vi utgår från att det nu är klart", "Med risk
 * för att upprepa mig"); a problem brushed off ("hardly a disaster", "you're overthinking this", "knappast hela
 * världen", "Ta det lugnt"); the organisation pushing the matter elsewhere or standing by itself ("between you and the
 * courier", "not us", "we stand by it", "inte vi", "vänd dig till dem", "vi vidhåller"); the customer's act named
 * as the cause ("that's on you", "as you did", "eftersom du slog fel kod", "det var ju du som"). `finds` are
 * paraphrases written here, not bank lines; `leaves` are the near misses that must stay quiet.
 */
import { describeClasses, type WordingClass } from './rule-classes';

const classes: WordingClass[] = [
  {
    name: 'the point already made, in so many words: "we trust this is now clear", "no doubt you\'ll recall" (en)',
    language: 'en',
    category: 'passive-aggressive',
    finds: [
      'We trust that is now perfectly clear.',
      'As you will no doubt remember from our visit, the meter is in the cellar.',
      'Not to belabour the point, but the code is on the card.',
      'Thanks for your fifth email about the invoice.',
      'You will notice, if you check the receipt, that the discount was applied.',
      "I'd encourage you to reread the leaflet.",
    ],
    leaves: [
      'I trust your move went smoothly.',
      'With respect to the delivery date, the van comes on Monday.',
      "I've waived the fee this time, and the new date is 3 June.",
    ],
  },
  {
    name: 'a problem brushed off: "hardly a disaster", "you\'re overthinking it", "relax" (en)',
    language: 'en',
    category: 'dismissive',
    finds: [
      'Even a child could set this up.',
      'A bit of rust is nothing to worry about.',
      "You'll get used to the new app.",
      "Let's not make a fuss over a parking fee.",
      'A cracked tile is hardly a disaster.',
      "You're overthinking the form.",
      'Relax, the money is safe.',
      'Nobody should lose sleep over a 50p charge.',
      'Queues are part and parcel of a festival.',
      "Don't take the letter so personally.",
    ],
    leaves: [
      'Anyone can come along to the meeting on Tuesday.',
      'I can hardly imagine how stressful the move has been.',
      'You can relax: the booking is confirmed for Friday.',
    ],
  },
  {
    name: 'the matter pushed elsewhere or stood by: "between you and the airline", "not us", "we stand by it" (en)',
    language: 'en',
    category: 'defensive',
    finds: [
      "I'm not in a position to comment on the landlord's decision.",
      "The inspector's report is final.",
      'We consider the matter closed.',
      'Our staff acted entirely in line with the procedure.',
      "We stand by our engineer's report.",
      'Parking fines fall outside the remit of the shop.',
      "That's a matter between you and the airline.",
      'The council decides the bin days, not us.',
      "We're only the reseller here.",
      'Connection problems at the venue are not something we can answer for.',
    ],
    leaves: [
      "Court staff can't comment on the judge's decision, but you can appeal it within 28 days.",
      "I'm confident we can have it fixed by Friday.",
      'We checked every step of the order and found where we went wrong.',
    ],
  },
  {
    name: 'sagt förut med andra ord: "vi utgår från att det nu är klart", "med risk för att upprepa mig" (sv)',
    language: 'sv',
    category: 'passive-aggressive',
    finds: [
      'Vi utgår från att frågan nu är utredd.',
      'Tack för ditt tredje meddelande i dag.',
      'Återigen: kortet gäller i ett år.',
      'Läs gärna bekräftelsen noga den här gången.',
      'Med risk för att låta tjatig: avgiften är 50 kronor.',
      'För ordningens skull påminner jag om att hyran ska vara betald den första.',
    ],
    leaves: [
      'Jag har tagit bort avgiften den här gången.',
      'Tack än en gång för ditt tålamod.',
      'Så att du slipper fylla i allt igen skickar jag formuläret förifyllt.',
    ],
  },
  {
    name: 'problemet avfärdat: "knappast", "ta det lugnt", "ingen katastrof", "vem som helst" (sv)',
    language: 'sv',
    category: 'dismissive',
    finds: [
      'Du kan strunta i påminnelsen.',
      'Det ser värre ut än det är.',
      'Några minuters försening är knappast något att bråka om.',
      'Det här fixar vem som helst.',
      'Ta det lugnt, pengarna kommer.',
      'Ta det inte så hårt, det var ett automatiskt brev.',
      'Det är ingen katastrof om paketet kommer i morgon.',
      'Det där är rena småsaker.',
    ],
    leaves: ['Du kan strunta i det första brevet, det skickades av misstag.', 'Vi tar det här på största allvar.', 'Kortet fungerar i hela världen.'],
  },
  {
    name: 'saken skjuts ifrån sig: "inte vi", "vänd dig till dem", "vi vidhåller" (sv)',
    language: 'sv',
    category: 'defensive',
    finds: [
      'Föreningen kan inte hållas ansvarig för stölder.',
      'Rutinerna har följts.',
      'Vi har inte brustit i något avseende.',
      'Det är banken som bestämmer avgiften, inte vi.',
      'Garantin sköts av tillverkaren, så vänd dig till dem.',
      'Butiken har inga befogenheter att ändra priset.',
      'Vi vidhåller att mätaren visar rätt.',
      'Vi följer bara de riktlinjer vi har fått.',
    ],
    leaves: [
      'Felet ligger hos oss och inte hos dig, och det rättar vi i dag.',
      'Du kan också vända dig till Konsumentverket för en opartisk bedömning.',
      'Sms:et kommer inte från oss, så radera det gärna.',
    ],
  },
  {
    name: 'the customer\'s act named as the cause: "because you … the wrong …", "that\'s on you", "as you did" (en)',
    language: 'en',
    category: 'blame',
    finds: [
      "I'm afraid this one is on you.",
      'The fee comes from your own choice of the flexible plan.',
      'Tenants who skip the check-in, as you did, lose the deposit.',
      'Had the meter reading been sent on the day, the bill would have been right.',
    ],
    leaves: ['Because you asked before the deadline, I have refunded the fee.', 'You can change the date yourself in the app.'],
  },
  {
    name: 'kundens handling som orsak: "eftersom du inte …", "det var ju du som", "ditt eget agerande" (sv)',
    language: 'sv',
    category: 'blame',
    finds: [
      'Kortet spärrades eftersom du slog fel kod fyra gånger i rad.',
      'Det var ju ni som valde fel dag.',
      'Förseningen är en följd av ditt eget agerande.',
      'Skadan uppstod när du själv öppnade skalet.',
    ],
    leaves: ['Eftersom du inte fick brevet skickar jag ett nytt i dag.', 'Det är du som bestämmer vilken dag vi kommer.'],
  },
];

describeClasses('wordings of round 13 (en, sv)', classes);
