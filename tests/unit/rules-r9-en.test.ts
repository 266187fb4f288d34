/**
 * Round 9 of issue 14, English: the general reasons blind writers' long replies showed a rule wrong. Each class
 * names the reason; `leaves` are sentences that must get no hint of the category (one from the tuning replies,
 * the others written for this test), `finds` the real problems the rule must still (or now) hint, again one from
 * the tuning replies where the fix is a new catch and the others written here.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/index';
import { describeClasses, type WordingClass } from './rule-classes';

const classes: WordingClass[] = [
  {
    name: 'an acronym every customer knows (a file format, everyday technology, a major airport) is not jargon',
    language: 'en',
    category: 'jargon',
    finds: ['Your child’s EHCP is reviewed every spring.', 'The order ships once the ASN is generated.'],
    leaves: [
      'By Friday 13 November, I’ll email you a secure link to a ZIP file.',
      'Door entry and CCTV: £2.60 (was £2.60)',
      'Holiday weekends are very busy at JFK.',
      'Please send the XLSX or DOCX version of the statement.',
      'Your MRI scan is booked for Monday at 9am.',
      'Your flight lands at LAX at 14:05 local time.',
    ],
  },
  {
    name: 'a visit called "the encounter" is in-house billing language; an encounter with someone is not',
    language: 'en',
    category: 'jargon',
    finds: [
      'The invoice was generated as self-pay because no valid PC was linked to the encounter at the time of the visit.',
      'Your insurer’s payment was matched against your encounter record.',
    ],
    leaves: ['I am sorry about your encounter with our driver on Monday.'],
  },
  {
    name: 'a port in a place is a harbour, not number porting',
    language: 'en',
    category: 'jargon',
    finds: ['Your port-in request is waiting for the donor operator.'],
    leaves: [
      'Your car is now at the port in Zeebrugge, waiting for a ship to Purfleet.',
      'The ferry leaves the port in Dover at 9:30 every morning.',
    ],
  },
  {
    name: 'a refusal whose next sentence says who can do what instead offers something',
    language: 'en',
    category: 'negative-framing',
    finds: [
      'Unfortunately we can’t refund the ticket. You can read our terms online.',
      'Water damage is not covered by this policy.',
      'Unfortunately we cannot refund the ticket, and there is no other way to travel on that day.',
    ],
    leaves: [
      'Unfortunately our courier doesn’t deliver to the wedding venue itself, as it has no one to sign for the bag. If the hotel timing doesn’t suit you, the courier can bring it to any other address in Edinburgh on Saturday.',
      'Unfortunately the engineer can’t come on Sunday. If Monday morning works for you, our engineer can fit it then.',
      'Pothole damage to tyres is not included, so I can’t pay this part of the claim. There is another route for the tyres, though.',
      'Water damage is not covered by this policy. There’s a different option for that: the landlord’s buildings cover.',
    ],
  },
  {
    name: 'the reason a rule exists explains it; it refuses the customer nothing',
    language: 'en',
    category: 'negative-framing',
    finds: ['Tickets cannot be transferred to another person.', 'This booking cannot be moved to another date.'],
    leaves: [
      'We have this rule because a slot cancelled late usually can’t be offered to another patient in time.',
      'The fee is there because a table held for a no-show cannot be given to anyone else that evening.',
    ],
  },
  {
    name: 'the customer did right and we acted regardless: our fault, not theirs',
    language: 'en',
    category: 'blame',
    finds: ['You cancelled the direct debit in March, so the account was suspended.'],
    leaves: [
      'You’re right. You cancelled in the app on 28 September, well within your notice period, and we still took £34.99 on 1 November.',
      'You cancelled your membership before the renewal date, but we charged you anyway.',
    ],
  },
  {
    name: 'an omission with "we" (or our bank, our system) as its subject blames nobody',
    language: 'en',
    category: 'blame',
    finds: [
      'Your payment wasn’t received by the due date, so a late fee was added.',
      'The meter reading hadn’t been submitted, so the bill was estimated.',
    ],
    leaves: [
      'We haven’t received it yet, so the system added a £12 late payment fee on 16 October.',
      'The bank hasn’t received the form yet, so the transfer is on hold.',
    ],
  },
  {
    name: '"you shouldn’t have had to" admits our fault',
    language: 'en',
    category: 'blame',
    finds: ['You should have kept the original box.'],
    leaves: [
      'This was our responsibility, and you shouldn’t have had to spend four hours in a queue to find out what to do next.',
      'You should never have needed to call us three times about this.',
    ],
  },
  {
    name: 'a condition followed by what to do is an instruction, not "that’s how it is"',
    language: 'en',
    category: 'defensive',
    finds: ['The system doesn’t allow us to change it.'],
    leaves: [
      'If the system doesn’t let him check in, please call our reservations team on +353 1 555 0190 before Thursday evening.',
      'In case our system won’t let you log in, use the reset link in the email.',
    ],
  },
  {
    name: 'a counterfactual about the past ("we should have told you as soon as") is an admission, not a promise',
    language: 'en',
    category: 'vague-promise',
    finds: ['We will call you as soon as possible.', 'You should have it soon.'],
    leaves: [
      'We should have told you as soon as we knew the parts were late, and we didn’t.',
      'I should have called you as soon as the delay was known.',
    ],
  },
  {
    name: 'pointing at a help article, guidance or pack "as noted in" is the edged reminder pointing at a letter is',
    language: 'en',
    category: 'passive-aggressive',
    finds: [
      'As noted in our help article, which is linked at the bottom of every sync email, bank feeds can fail when the connection has not been refreshed.',
      'As set out in our welcome pack, the gym closes at 10pm.',
      'As we explained in the renewal letter we sent you on 2 October, your fix ended on 30 November.',
      'As I outlined in my letter of 3 May, the fee is due.',
    ],
    leaves: [
      'As explained in the attached guide, you can reset the router from the app.',
      'As we noted during the call, the engineer comes on Monday.',
    ],
  },
  {
    name: 'what the customer "will have seen when they accepted" is an edged reminder',
    language: 'en',
    category: 'passive-aggressive',
    finds: [
      'As the small print on our valuation page explains – and you will have seen it when you accepted the quote – the online figure is an estimate.',
      'You would have read this when you signed the contract.',
    ],
    leaves: ['You will have seen the refund on your statement by now.'],
  },
  {
    name: 'our platform, meter or process "behaved exactly as designed" clears the organisation',
    language: 'en',
    category: 'defensive',
    finds: [
      'The platform behaved exactly as designed here, and our retention rules are applied the same way to every customer.',
      'The meter functioned exactly as it should throughout the billing period.',
    ],
    leaves: ['Once restored, the app worked exactly as intended.'],
  },
  {
    name: 'done exactly by the guidelines, and the decision placed with an outside party, "not" us',
    language: 'en',
    category: 'defensive',
    finds: [
      'The inspection was carried out exactly according to the manufacturer’s guidelines, and the warranty decision is made by the manufacturer, not by Pixelhaus.',
      'The survey was done precisely in line with the insurer’s checklist.',
      'The price is set by the regulator, not by the shop.',
    ],
    leaves: ['The valve was made by the manufacturer to a high standard.'],
  },
  {
    name: '"we’ll look at adding…" with no time is a vague promise',
    language: 'en',
    category: 'vague-promise',
    finds: [
      'We’re always reviewing our class timetable, and we’ll look at adding more evening sessions going forward.',
      'We will consider extending the opening hours.',
    ],
    leaves: ['I’ll look at moving your appointment and call you back today.'],
  },
  {
    name: 'the customer’s act + so / which is why + a bad outcome for them is blame',
    language: 'en',
    category: 'blame',
    finds: [
      'You arrived at the desk at 6:52 for a 7:45 departure, so the agent was not able to accept your bags.',
      'The spreadsheet you uploaded had two columns both called "Email", which is why the import stopped after the first row.',
      'You arrived at the counter twenty minutes before the show, so the staff were unable to seat you.',
      'The photos you sent show scratches on the base, which means the phone was dropped.',
      'You missed the second payment, so the account was suspended.',
      'You used an expired card, so the payment did not go through.',
    ],
    leaves: [
      'You booked the flexible fare, so you can change it for free.',
      'You sent the receipt on Monday, so nothing was lost.',
      'You reported the fault on Friday, so the engineer could not come until Tuesday.',
      'I am sorry: you paid on time, so the fee should never have been added.',
      'You booked through our website, so you were not charged a fee.',
      'You topped up £20 on Monday, so the card has no outstanding balance.',
      'You updated your address in the app, so the letter didn’t go to the old one.',
      'You explained it so clearly that the engineer couldn’t miss the fault.',
    ],
  },
];

describeClasses('Round 9, English: clean replies stay clean, and the customer’s act named as the cause is found', classes);

/** A step class: sentences that must tick the step (`ticks`) and near misses that must not (`not`). */
interface StepClass {
  name: string;
  step: 'empathize' | 'next-steps';
  ticks: string[];
  not: string[];
}

const stepClasses: StepClass[] = [
  {
    name: 'empathy said as what it is like for the customer: a shame, not what they hoped, a tough call, a difficult position',
    step: 'empathize',
    ticks: [
      'It’s a shame to see you go after four years.',
      'It’s a pity the sofa didn’t suit your room in the end.',
      'I can see this isn’t what you were hoping for.',
      'Closing a studio is a tough call, and the timing with your annual plan makes it harder.',
      'Losing your passport abroad is a horrible moment.',
      'With a job application closing on Friday, that delay has put you in a difficult position.',
      'The missing wages have left you in a really awkward spot.',
      'I can see that a rise from £312 to £447 is a big jump.',
    ],
    not: ['This is a big change to our app.', 'I’m glad to help you switch.', 'The new version makes it harder to lose your settings.'],
  },
  {
    name: 'empathy said as a hardship named: hard when, never nice, a lot to absorb, any less annoying, could have hurt you',
    step: 'empathize',
    ticks: [
      'Months away from training is hard when you’ve built a routine.',
      'Cancelling a holiday is tough when you have been planning it all year.',
      'Finding an unexpected fee on your statement is never nice.',
      'A rise of £11.20 a week is a lot to absorb.',
      'You weren’t the only member affected, but that doesn’t make it any less annoying when it’s your money.',
      'I appreciate that moving to Glasgow for work is a big change.',
      'A cable snapping mid-set could have hurt you badly.',
      'I’m relieved you weren’t injured when the shelf came down.',
      'That’s not the service we want to give you.',
    ],
    not: ['I’m glad to help with the transfer.', 'We appreciate your order.'],
  },
  {
    name: 'no next step in "not something we are able to…" nor in the date of what the customer wrote about',
    step: 'next-steps',
    ticks: ['We are able to offer you a voucher for £20.', 'I will call you about the refund on Monday.'],
    not: [
      'This is not something support is able to change.',
      'Refunds after 30 days are not something we are able to offer.',
      'Thank you for your message about the power cut on Wednesday 2 December.',
      'Thanks for writing to us about the parking fine from 3 March.',
    ],
  },
];

describe('Round 9, English: steps of the reply', () => {
  for (const c of stepClasses) {
    describe(`${c.step}: ${c.name}`, () => {
      it.each(c.ticks)('ticks %j', (text) => {
        expect(analyze(text, { lang: 'en' }).steps[c.step]).toBe(true);
      });
      it.each(c.not)('does not tick %j', (text) => {
        expect(analyze(text, { lang: 'en' }).steps[c.step]).toBe(false);
      });
    });
  }
});
