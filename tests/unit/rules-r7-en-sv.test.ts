/**
 * Round 7 of issue 14, English and Swedish: clean replies must stay clean. Each class is a reason a rule fired on
 * a good reply (a word with another sense here, the customer's loss named with sympathy, a refusal that heads a list
 * of what is and is not covered, a term explained or a doer named); the near misses (`leaves`) must get no hint of
 * the category, and the positives (`finds`) show the rule still fires where it should. All sentences are written
 * for this test; none is taken from an evaluation set.
 */
import { describe, expect, it } from 'vitest';
import { analyze, type Language } from '../../lib/index';
import { describeClasses, type WordingClass } from './rule-classes';
const steps = (text: string, language: Language) => analyze(text, { lang: language }).steps;

const classes: WordingClass[] = [
  {
    name: '"you should have" + a thing is an expectation, not blame; + a past participle is blame',
    language: 'en',
    category: 'blame',
    finds: [
      'You should have checked the size chart before ordering.',
      'You should have sent the form by 1 March.',
      "You should've kept the receipt.",
    ],
    leaves: [
      'You should have it by Friday 24 January.',
      'You should have the new card within five working days.',
      'By now you should have an e-mail from us with the tracking link.',
      'You should have access to the portal again from tomorrow morning.',
      'Once the courier has been, you should have everything you need.',
    ],
  },
  {
    name: '"on your side" in a denial that anything is missing is reassurance, not blame',
    language: 'en',
    category: 'blame',
    finds: ['The problem is on your side, so we cannot refund the fee.', 'The error came from your end, which is why the payment failed.'],
    leaves: [
      'Your documents are all registered, so nothing is missing from your side.',
      'The fee is paid, so no further action is needed on your side.',
      'I checked the logs, and the error was not on your side, so I have reset the line.',
      'Everything is in order on your end, so the refund goes out today.',
    ],
  },
  {
    name: 'the customer missed an event because of us: a loss named with sympathy, not an omission',
    language: 'sv',
    category: 'blame',
    finds: [
      'Du missade sista dagen för ansökan, därför kan vi inte ta emot den.',
      'Ni har missat att bifoga kvittot.',
      'Du missade din tid, så avgiften tas ut.',
    ],
    leaves: [
      'Tåget var en timme försenat, och du missade ditt möte. Det är vi ledsna för.',
      'Eftersom flyget blev inställt missade du anslutningen till Umeå.',
      'Bussen kom inte, och ni missade föreställningen. Vi betalar tillbaka biljetterna.',
      'Du missade ditt flyg på grund av vår försening, så vi ersätter den nya biljetten.',
    ],
  },
  {
    name: '"handläggs av" names who handles it: plain Swedish, not officialese',
    language: 'sv',
    category: 'jargon',
    finds: ['Din ansökan handläggs i turordning.', 'Ärendet är skickat för handläggning.'],
    leaves: [
      'Felparkeringsavgifter handläggs av stadens parkeringsövervakning.',
      'Bygglovet handläggs av kommunens byggnadsnämnd.',
      'Ditt ärende har handlagts av en kollega på kontoret i Vasa.',
    ],
  },
  {
    name: 'waiting named as what a certificate says is no promise',
    language: 'sv',
    category: 'vague-promise',
    finds: ['Ärendet väntar på beslut.', 'Återbetalningen väntar på ett godkännande från ekonomiavdelningen.'],
    leaves: [
      'Behöver hyresvärden ett intyg om att ansökan väntar på beslut? Svara på det här mejlet.',
      'Jag kan skicka ett papper om att ärendet väntar på handläggning.',
      'Banken får ett brev om att lånet väntar på underskrift.',
    ],
  },
  {
    name: 'a notice put up when building work ends is no vague promise; a case finished "when it is done" is',
    language: 'sv',
    category: 'vague-promise',
    finds: ['Du får ett besked när ärendet är klart.', 'Vi betalar ut ersättningen när utredningen är avslutad.'],
    leaves: [
      'Vi sätter upp ett nytt meddelande i trappan när arbetet är klart.',
      'Vi informerar alla boende med en lapp i hissen när reparationen är färdig.',
      'Vi skickar ett sms till alla boende när arbetet är färdigt.',
    ],
  },
  {
    name: 'a refusal that heads the list of what is not covered, beside what is',
    language: 'sv',
    category: 'negative-framing',
    finds: ['Tyvärr ersätter vi inte diskmaskinen.', 'Vi ersätter inte skadan.'],
    leaves: [
      'Det här ersätter vi inte: själva diskmaskinen, som var 14 år gammal.',
      'Följande ersätter vi inte: avgiften för taxin.',
      'Detta godkänner vi inte: skador som fanns före flytten.',
    ],
  },
  {
    name: 'a promise that waits on a process ("once the fix is deployed", "will be looked into") with no date',
    language: 'en',
    category: 'vague-promise',
    finds: [
      "You'll get the report in the same thread once the hotfix is deployed.",
      'The matter of a quiet room will be looked into.',
      'Your refund will be paid when the claim is approved.',
    ],
    leaves: [
      "We'll text you when the bike is ready for collection.",
      'Your complaint will be looked into by Friday 12 May.',
      'The fix is deployed, so the app works again.',
      'Once you have sent the form, we will book the visit.',
    ],
  },
  {
    name: 'pointing the reader back at what they should have read ("once more", "it clearly states")',
    language: 'en',
    category: 'passive-aggressive',
    finds: ['I would ask you to read the notice on the staircase board once more.', 'It clearly states the working hours.'],
    leaves: [
      'I have read your message once more, and you are right.',
      'The notice did not clearly state the hours, and I am sorry.',
      'I read the notice again this morning and it has the wrong date, so I have asked for a new one.',
    ],
  },
  {
    name: 'not ours to decide, however it is worded',
    language: 'en',
    category: 'defensive',
    finds: ['Pricing is not something we in customer service can influence.', 'The timetable is not something the local team can change.'],
    leaves: [
      'Something we can change is the date of your visit.',
      'If the price is not right, we can change it today.',
      'Nothing about your contract changes.',
    ],
  },
  {
    name: 'the thing the customer sent was out of date, given as the reason',
    language: 'en',
    category: 'blame',
    finds: ['We could not finish the application because the payslips you uploaded were from July.'],
    leaves: [
      'The payslips you uploaded were from July, and I have used them for the estimate.',
      'Thank you for the photos you sent from the holiday.',
      'The letter we sent you was from March, which is why it shows the old price.',
    ],
  },
  {
    name: 'det kunden skickade var för gammalt, som orsak',
    language: 'sv',
    category: 'blame',
    finds: [
      'Ansökan kunde inte behandlas eftersom lönebeskeden du laddade upp var från juli.',
      'Eftersom intyget du skickade in var från förra året kan vi inte gå vidare.',
    ],
    leaves: [
      'Lönebeskeden du laddade upp var från juli, och jag har använt dem för kalkylen.',
      'Tack för bilderna du skickade från resan.',
      'Brevet vi skickade var från mars, därför visar det det gamla priset.',
    ],
  },
  {
    name: 'inte vårt att besluta om, hur det än sägs',
    language: 'sv',
    category: 'defensive',
    finds: ['Prissättningen är inget som vi på kundtjänst kan påverka.', 'Tidtabellen är ingenting som jag kan ändra på.'],
    leaves: ['Det är inget som du behöver göra något åt.', 'Något som vi kan ändra är tiden för besöket.', 'Inget i ditt avtal ändras.'],
  },
  {
    name: 'höjningen gjord liten, också med omvänd ordföljd',
    language: 'sv',
    category: 'dismissive',
    finds: [
      'För de flesta kunder märks höjningen knappt.',
      'Det handlar ju trots allt bara om två euro i månaden.',
      'Så märks det knappast på fakturan.',
    ],
    leaves: [
      'Räkningen gäller bara den boken.',
      'Det handlar om två fakturor, och jag har rättat båda.',
      'Höjningen märks på fakturan från och med februari.',
      'Det tar bara två minuter att fylla i formuläret.',
    ],
  },
  {
    name: 'a counterfactual about the customer\u2019s papers and the deadline',
    language: 'en',
    category: 'blame',
    finds: [
      'Had the application been returned by the deadline, your son would have had a place.',
      'If the form had been submitted before the deadline, the fee would not apply.',
    ],
    leaves: [
      'The application was returned after the deadline, and I have put Elias second on the waiting list.',
      'If you return the form by the deadline of 15 August, the place is yours.',
      'Had we sent the reminder by the deadline, you would have known; I am sorry we did not.',
    ],
  },
  {
    name: 'a number written in groups (a phone number, an account, an amount) is one word to the reader',
    language: 'sv',
    category: 'readability',
    finds: [
      'Du kan inte ändra adressen i appen, men om du ringer till oss någon vardag mellan klockan nio och fyra så ändrar vi den direkt och kostnadsfritt medan du väntar kvar i telefonen.',
    ],
    leaves: [
      'Du kan inte ändra adressen i appen, men ring oss på 040 123 4567 mellan klockan nio och fyra på vardagar, så ändrar vi den direkt medan du väntar i telefonen.',
    ],
  },
  {
    name: 'a number written in groups is one word to the reader (English)',
    language: 'en',
    category: 'readability',
    finds: [
      'Please pay the deposit into our account before Thursday so that we can get the keys ready for you and hand them over at the office on Friday morning when you come in to sign.',
    ],
    leaves: [
      'Please pay the deposit of 1 650 euros to account FI21 1234 5600 0007 85 with reference 77 41920 by Thursday, and the keys are yours at the office on Friday morning when you come in.',
    ],
  },
];

describeClasses('round 7: clean replies stay clean, in English and Swedish', classes);

interface StepClass {
  name: string;
  language: Language;
  step: 'empathize' | 'next-steps';
  /** Replies in which a trainer reads the step. */
  covers: string[];
  /** Replies in which they do not. */
  misses: string[];
}

const stepClasses: StepClass[] = [
  {
    name: 'empathy without "understand": the burden named ("a lot to deal with", "a real disappointment", "I hear that you…")',
    language: 'en',
    step: 'empathize',
    covers: [
      'A flooded bathroom the week before Christmas is a lot to deal with.',
      'A five-hour delay with two small children is a big disruption.',
      'Waiting all summer for electricity at the cottage is a real disappointment.',
      "I hear that you're moving to Tampere, and I hope the move goes well.",
      'Finding a school place and a new job in the same month takes a lot of planning.',
    ],
    misses: [
      'We have a lot to deal with this week, so replies are slower.',
      'The disruption on line 4 ends on Friday.',
      'I heard back from the warehouse this morning.',
      'The move to the new system took a lot of time.',
    ],
  },
  {
    name: 'what happened on a past weekday, or what was checked, is no next step',
    language: 'en',
    step: 'next-steps',
    covers: [
      'The technician will visit on Tuesday between 8 and 12.',
      'I have refunded the fee, and it will be on your card within five working days.',
      'I have checked your order, and I will send the missing part on Monday.',
    ],
    misses: [
      'I can see that the situation at the desk on Saturday was upsetting.',
      'A cable was damaged during road works near your street on Monday.',
      'I have checked your order and spoken to the warehouse.',
      'I have found the booking in our system.',
    ],
  },
  {
    name: 'empati utan "förstår": en situation som "är stressande", "krya på dig", "det sista du vill…"',
    language: 'sv',
    step: 'empathize',
    covers: [
      'Att vänta på ett beslut när hyran ska betalas är stressande.',
      'Att stå i kassan med ett kort som inte fungerar är verkligen obehagligt.',
      'Tre dagar utan internet är mycket, särskilt när du jobbar hemifrån.',
      'Tack för ditt meddelande, och krya på dig.',
      'Ett trasigt kylskåp är det sista du vill ha mitt i julen.',
    ],
    misses: [
      'Vi ber om ursäkt om beskedet känns tråkigt.',
      'Kortet är spärrat av säkerhetsskäl.',
      'Det är mycket att läsa, så jag har delat upp svaret.',
      'Avgiften är det sista som dras från ersättningen.',
    ],
  },
  {
    name: 'nästa steg med ett veckonummer eller något kunden kan göra redan nu; ett avtals löptid är inget nästa steg',
    language: 'sv',
    step: 'next-steps',
    covers: [
      'Personalen går igenom hyllorna en gång till under vecka 50.',
      'Du kan redan nu boka tid på någon av våra verkstäder.',
      'Teknikern kommer senast vecka 12.',
    ],
    misses: [
      'Ditt avtal löper till och med den 31 mars 2027.',
      'Garantin gäller till och med den 4 maj.',
      'Du kan följa din förbrukning i appen.',
      'Vi var där i vecka 49.',
    ],
  },
];

describe('round 7: the steps a trainer reads, in English and Swedish', () => {
  for (const c of stepClasses) {
    describe(`${c.language} ${c.step}: ${c.name}`, () => {
      it.each(c.covers)('covers %j', (text) => {
        expect(steps(text, c.language)[c.step]).toBe(true);
      });
      it.each(c.misses)('does not cover %j', (text) => {
        expect(steps(text, c.language)[c.step]).toBe(false);
      });
    });
  }
});

describe('round 7: "nobody else has complained" is one dismissive hint, not defensive', () => {
  it.each([
    ['Nobody else has complained about the noise.', 'en'],
    ['No one else has reported the problem.', 'en'],
    ['Ingen annan har klagat på ljudet.', 'sv'],
    ['Inga andra kunder har klagat på ljudet.', 'sv'],
  ] as [string, Language][])('%j', (text, language) => {
    const hints = analyze(text, { lang: language }).hints;
    expect(hints.map((h) => h.category)).toEqual(['dismissive']);
  });
});
