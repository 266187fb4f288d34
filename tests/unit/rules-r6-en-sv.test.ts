/**
 * Round 6 of issue 14, English and Swedish: rules that read a class of wording (who does what, which word class)
 * rather than a phrase. Each class has paraphrases written for this test that it must find, in its category, and
 * near misses (the same words doing something harmless) that must get no hint of that category. None is taken
 * from an evaluation set.
 */
import { describe, expect, it } from 'vitest';
import { analyze, type Language } from '../../lib/index';

const categories = (text: string, language: Language) => new Set(analyze(text, { lang: language }).hints.map((h) => h.category));

interface Class {
  name: string;
  language: Language;
  category: string;
  finds: string[];
  leaves: string[];
}

const classes: Class[] = [
  {
    name: 'a refusal in the passive, or a decision, with nothing offered in the paragraph',
    language: 'en',
    category: 'negative-framing',
    finds: [
      'No replacement will be offered for this model.',
      'Travel costs are not reimbursed.',
      'Requests made after 30 days cannot be accepted.',
      'Your appeal has been rejected.',
      'We will not be covering the cost of the repair.',
      'Parking permits cannot be transferred between vehicles.',
      'Group discounts are not offered on weekend tours.',
      "I'm afraid we won't be able to open the pool early.",
      'No further appointments will be released this month.',
      'We have no plans to bring back the Sunday bus.',
      'The answer is still no.',
    ],
    leaves: [
      'Travel costs are not reimbursed. What we can do is add a £20 credit to your account today.',
      'Travel costs are not reimbursed. Instead, we will send you a voucher for your next trip.',
      'Your appeal has been upheld.',
      'Your request was not processed because the portal was down that day.',
      'Your claim cannot be assessed until the receipt arrives.',
      "Dogs aren't allowed on the ward, but our garden café welcomes them.",
      'Your data cannot be accessed by anyone outside the practice.',
      'No further charges will be made to your card.',
      "That's no trouble at all.",
    ],
  },
  {
    name: 'ett nej i passiv form, eller ett beslut, utan något i stället i stycket',
    language: 'sv',
    category: 'negative-framing',
    finds: [
      'Ingen ersättning betalas ut för resor under 20 minuter.',
      'Reklamationer av öppnade varor godtas inte.',
      'Din begäran om förlängning har nekats.',
      'Ändringen kan inte genomföras.',
      'Vi kommer inte att stå för kostnaden.',
      'Förseningsavgiften efterges inte.',
      'Din önskan om ett enkelrum kan inte tillmötesgås.',
      'Biljetten är inte ombokningsbar.',
      'Vi säljer inga papperskort längre.',
    ],
    leaves: [
      'Ingen ersättning betalas ut för resor under 20 minuter. I stället får du en värdecheck på 50 kronor.',
      'Reklamationer av öppnade varor godtas inte, men du kan byta varan i butiken inom 30 dagar.',
      'Din begäran om förlängning har beviljats.',
      'Ersättningen betalas ut när vi har fått kvittot.',
      'Ändringen kan genomföras direkt i appen.',
      'Ingen extra avgift tas ut för ombokningen.',
      'Vi tar inte ut någon avgift den här gången.',
      'Dina uppgifter kan inte läsas av någon utanför mottagningen.',
      'Biljetten kan inte bokas om på webben, men i vår kundtjänst flyttar vi den direkt.',
    ],
  },
  {
    name: "the customer's lapse, or a thing of theirs arriving wrong, as the cause of what went wrong",
    language: 'en',
    category: 'blame',
    finds: [
      'Your missed payment led to the suspension of the account.',
      'Your incomplete application is why the decision took so long.',
      'The claim form came in unsigned, so it had to be returned.',
      'The van went back to the depot because no one answered the door.',
      'By not cancelling in time you forfeited the deposit.',
    ],
    leaves: [
      'Your late refund caused real trouble, and I am sorry.',
      'The claim form came in on Monday, so the decision will be ready by Friday.',
      'The parcel arrived without a scratch, so the box can go in the recycling.',
      'By paying by direct debit you save £2 a month.',
    ],
  },
  {
    name: 'kundens försummelse, eller något av kundens som kom in fel, som orsak till det som gick fel',
    language: 'sv',
    category: 'blame',
    finds: [
      'Din uteblivna betalning ledde till att kortet spärrades.',
      'Ansökan kom in ofullständig, så den kunde inte prövas.',
      'Leveransen gick tillbaka eftersom ingen svarade i porttelefonen.',
      'Felet beror på att du angav fel kontonummer.',
      'Genom att inte avboka i tid gick du miste om återbetalningen.',
    ],
    leaves: [
      'Ansökan kom in i måndags, så beslutet är klart på fredag.',
      'Det beror på att du bor utanför vårt område, så vi skickar paketet med posten.',
      'Genom att betala med autogiro sparar du 20 kronor i månaden.',
      'Din försenade återbetalning gjorde att du fick vänta, och det ber jag om ursäkt för.',
    ],
  },
  {
    name: 'the organisation clearing itself: done by the book, the fault elsewhere, not ours to answer for',
    language: 'en',
    category: 'defensive',
    finds: [
      'The inspection was carried out strictly in accordance with the guidance.',
      'Our billing figures are correct, so the amount stands.',
      'The blame lies with the builder who fitted the window.',
      'Broadband speed is a matter for your provider.',
      'We are not obliged to store items left behind after checkout.',
      'The person who promised you a refund did not work for us.',
    ],
    leaves: [
      'The inspection was carried out on 4 May, and the report is attached.',
      'You are not obliged to accept the new date; we can refund you instead.',
      'The blame lies with our own booking system, and I am sorry.',
      'Our figures were wrong, and I have corrected the bill.',
    ],
  },
  {
    name: 'organisationen friar sig själv: enligt boken, felet någon annanstans, inte vårt bord',
    language: 'sv',
    category: 'defensive',
    finds: [
      'Besiktningen utfördes helt korrekt.',
      'Den frågan får ni ta med hyresvärden.',
      'Enligt våra mätningar var trycket normalt hela veckan.',
      'Vi på kundtjänst har inget inflytande över tidtabellen.',
      'Så är reglerna, och de gäller alla.',
      'Det finns ingenting att be om ursäkt för.',
    ],
    leaves: [
      'Besiktningen utfördes den 4 maj, och protokollet finns i bilagan.',
      'Du är inte skyldig att ta emot den nya tiden; vi kan betala tillbaka i stället.',
      'Enligt våra mätningar var trycket för lågt, och det är vårt fel.',
    ],
  },
  {
    name: 'the edge in polite words: pointing at what was always visible, repeating, "finally", "this time"',
    language: 'en',
    category: 'passive-aggressive',
    finds: [
      'The closing date is printed in bold on the first page.',
      "I'll run through the steps again, since they seem to have been overlooked.",
      'Thanks for getting back to us at last.',
      'This was answered in full in my email of 3 June.',
      "I'm sure you'll appreciate that we can't reply to every message the same day.",
      'In future, please send meter readings to the correct address.',
    ],
    leaves: [
      'The closing date is on the first page, and I have copied it here: 30 June.',
      'Thanks for getting back to us so quickly.',
      'I have answered each of your three questions below.',
      'I can see very clearly how much this has upset you.',
    ],
  },
  {
    name: 'udden i artiga ord: det som alltid har stått där, upprepningen, "till slut", "nu"',
    language: 'sv',
    category: 'passive-aggressive',
    finds: [
      'Sista dagen står i fetstil i kallelsen.',
      'Frågan besvarades redan i mitt förra mejl.',
      'Skönt att blanketten äntligen kom in.',
      'Jag hoppas att det är klart nu.',
      'Observera än en gång att kvittot ska bifogas.',
      'Det är samma fråga igen, och svaret är fortfarande nej.',
    ],
    leaves: [
      'Sista dagen är den 30 juni, och jag skriver in den här så att du har den.',
      'Jag hoppas att det här var till hjälp.',
      'Tack för att blanketten kom in så snabbt.',
    ],
  },
  {
    name: 'the trouble made small, normal or nothing to make a fuss about',
    language: 'en',
    category: 'dismissive',
    finds: [
      'A short wait is well within what customers can reasonably expect.',
      'No need to make such a fuss about a late parcel.',
      "There's no real urgency, as the leak is only a drip.",
      'Please try not to take it personally; the reminders are sent automatically.',
      "You don't need to be an expert to set up the router.",
      'It could have been a lot worse.',
    ],
    leaves: [
      "It's completely normal to have questions about a first bill.",
      'Naturally, we will cover the cost of the repair.',
      'I understand a short wait still matters when you have a train to catch.',
    ],
  },
  {
    name: 'förtretet gjort litet, normalt eller inget att göra stor sak av',
    language: 'sv',
    category: 'dismissive',
    finds: [
      'En kall natt är knappast någon katastrof.',
      'Det där reder ut sig med tiden.',
      'Du behöver inte vara tekniker för att byta filter.',
      'Andra har det mycket värre.',
      'Tio minuters väntan duger gott.',
      'Man ska inte göra en höna av en fjäder.',
    ],
    leaves: [
      'Det är helt normalt att undra över den första fakturan.',
      'Jag förstår att väntan är jobbig, och det ordnar sig säkert när reservdelen kommer på tisdag.',
      'Beslutet skickas ut till dig med posten på måndag.',
    ],
  },
  {
    name: "the customer's own act named, then the trouble it caused; what would not have happened",
    language: 'en',
    category: 'blame',
    finds: [
      'You typed your previous postcode, so the engineer went to the wrong street.',
      'You ignored the low-battery warning, which is why the alarm stopped working.',
      'The incorrect meter reading you sent us led to the high bill.',
      'The fee was charged because the car was not taxed by you in time.',
      'A quick read of the booking terms would have told you the deposit is kept.',
      'None of this would have been necessary if the form had been signed.',
    ],
    leaves: [
      'You typed your new postcode, so the engineer will come to Elm Street.',
      'Because you cancelled within the cooling-off period, the full amount is refunded.',
      'None of this would have happened if we had checked the address.',
      'The app restarts right after you install the update.',
    ],
  },
  {
    name: 'kundens egen handling, sedan problemet; det kunden får stå för',
    language: 'sv',
    category: 'blame',
    finds: [
      'Ansökan skickades av dig till fel adress, och det är orsaken till förseningen.',
      'Hyresgästen har inte vädrat, vilket förklarar mögelfläckarna.',
      'Det får du stå för själv.',
      'Avgiften togs ut för att du inte hade registrerat bilen.',
      'Inget av detta hade hänt om kvittot hade sparats.',
    ],
    leaves: [
      'Ansökan skickades av dig den 3 maj, och beslutet kommer på fredag.',
      'Avgiften togs ut för att du inte hade fått vår påminnelse, och den är nu struken.',
      'Inget av detta hade hänt om vi hade kontrollerat adressen.',
    ],
  },
  {
    name: 'a second set, written after the rules: Swedish word order and passives',
    language: 'sv',
    category: 'negative-framing',
    finds: [
      'Tyvärr kan förlängning inte beviljas efter sista dagen.',
      'Din begäran om att byta datum har avslagits.',
      'Presentkort kan inte växlas in mot kontanter.',
    ],
    leaves: ['Kontant återbetalning går inte på webben, men i alla våra butiker får du pengarna direkt.'],
  },
  {
    name: 'a second set, written after the rules: done correctly, no fault of ours',
    language: 'sv',
    category: 'defensive',
    finds: [
      'Priset räknades ut korrekt enligt tariffen.',
      'Jag har kontrollerat och det finns inget fel hos oss.',
      'Policyn är tydlig och vi har tillämpat den rättvist.',
    ],
    leaves: ['Jag har kontrollerat tariffen, och du debiterades för mycket, så jag har betalat tillbaka 120 kronor.'],
  },
  {
    name: 'a second set, written after the rules: the trouble made small',
    language: 'sv',
    category: 'dismissive',
    finds: [
      'De flesta märker inte ens någon skillnad.',
      'Det är säkert inte så illa som det låter.',
      'Det är en liten avgift jämfört med vad resan kostar.',
    ],
    leaves: ['Förseningen var vårt fel, och jag ber om ursäkt för väntan.'],
  },
  {
    name: 'a second set, written after the rules: small, and not as bad as it sounds',
    language: 'en',
    category: 'dismissive',
    finds: ["I'm sure it's not as bad as it sounds.", "It's a tiny fee compared with the cost of the trip."],
    leaves: ['The fee is £5 compared with £8 last year, because we cut our prices.'],
  },
];

describe('round 6: classes of wording in English and Swedish', () => {
  for (const c of classes) {
    describe(`${c.language} ${c.category}: ${c.name}`, () => {
      it.each(c.finds)('finds %j', (text) => {
        expect(categories(text, c.language)).toContain(c.category);
      });
      it.each(c.leaves)('leaves %j', (text) => {
        expect(categories(text, c.language)).not.toContain(c.category);
      });
    });
  }
});
