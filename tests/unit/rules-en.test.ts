/**
 * The English bundled rules on realistic replies written for these tests (not taken from the eval corpus):
 * each reply is checked for exactly the tone categories it should get and for each of the five steps, so a
 * rule that stops firing, or starts firing on a good reply, fails here.
 */
import { describe, expect, it } from 'vitest';
import { analyze, STEP_IDS, type StepId } from '../../lib/index';

interface Case {
  name: string;
  text: string;
  categories: string[];
  steps: StepId[];
}

const cases: Case[] = [
  {
    name: 'model complaint reply: all five steps, no hints',
    text: `Hi Marcus,

Thank you for letting us know that your new fridge arrived with a dented door. I can imagine how annoying that is after waiting two weeks for it. I'm sorry we let this happen.

I have booked a replacement fridge for you. Our driver will deliver it on Thursday 12 June between 8 and 10 am and take the damaged one away.

Kind regards,
Helmi Virta
Homeline customer care`,
    categories: [],
    steps: ['greet', 'thank', 'empathize', 'apologize', 'next-steps'],
  },
  {
    name: 'plain question answered: greet, thank, next steps',
    text: `Hello Nadia,

Thanks for asking about the family ticket. It covers two adults and up to three children, and you can buy it in the app.

I have added a 10 per cent discount code to your account. You will see it at the checkout.

Best wishes,
Leo, City Transport`,
    categories: [],
    steps: ['greet', 'thank', 'next-steps'],
  },
  {
    name: 'blame and passive-aggressive reminder',
    text: `Hi Ruth,

As I already mentioned, the booking cannot be moved within 48 hours of the stay. You should have read the cancellation terms before paying. It's your own fault that the deposit is lost.

Hotel Aurora`,
    categories: ['blame', 'passive-aggressive', 'negative-framing'],
    steps: ['greet'],
  },
  {
    name: 'defensive brush-off with a stock apology',
    text: `Hello Victor,

We apologise for any inconvenience. Delays at customs are beyond our control and the courier is not our department. That is company policy.

Northway Store`,
    // A stock apology does not count as apologising: the bundled cues are cancelled by a formulaic-apology hint.
    categories: ['defensive', 'formulaic-apology'],
    steps: ['greet', 'apologize'],
  },
  {
    name: 'dismissive help-desk answer with jargon',
    text: `Hi Jenna,

Obviously the printer needs the new driver. Just restart the laptop first. It's just a routine update.

Your incident is with the L2 team as per the SLA.

IT Service Desk`,
    categories: ['dismissive', 'jargon'],
    steps: ['greet'],
  },
  {
    name: 'vague promises only',
    text: `Hello Mr Lund,

Thank you for your message about the missing pension payment. Your case is being looked into and we will get back to you as soon as possible.

Pension Services`,
    categories: ['vague-promise'],
    steps: ['greet', 'thank'],
  },
  {
    name: 'shouting in capitals and punctuation',
    text: `Hi Kai,

IMPORTANT!! The parking permit is valid only in zone B. Please DO NOT park in zone A, or you will get a fine.

Your new permit arrives by post by Friday.

Parking Services`,
    categories: ['shouting'],
    steps: ['greet', 'next-steps'],
  },
  {
    name: 'one very long sentence',
    text: `Hello Aino,

Thank you for your question. Your rent increase follows the index clause in your lease, which says that the rent is checked once a year against the cost-of-living index published in the autumn, and the change in the index since the previous check is then added to the monthly rent from the start of the following year.

You will receive the new rent notice by 30 November.

Regards,
Kotikulma Housing`,
    categories: ['readability'],
    steps: ['greet', 'thank', 'next-steps'],
  },
  {
    name: 'negative framing with no alternative, conditional apology',
    text: `Hi Petra,

Unfortunately, we are unable to refund concert tickets after the event. We do not allow transfers to other shows either. We are sorry if you feel this is unfair.

Concert Hall box office`,
    categories: ['negative-framing', 'formulaic-apology'],
    steps: ['greet', 'apologize'],
  },
  {
    name: 'refusal softened by an alternative is not negative framing',
    text: `Hi Tomas,

I understand how disappointing it is to miss the show. We can't refund the ticket, but we can move it to any other date this season.

If you reply with the date you prefer, I will send the new ticket the same day.

Best regards,
Concert Hall box office`,
    categories: [],
    steps: ['greet', 'empathize', 'next-steps'],
  },
  {
    name: 'empathy and apology without greeting or thanks',
    text: `That sounds really stressful, especially with a newborn at home. I apologise that our engineer did not turn up on Monday.

A new engineer, Sami, will come tomorrow at 9 am. He will text you when he is on his way.

Bright Energy`,
    categories: [],
    steps: ['empathize', 'apologize', 'next-steps'],
  },
  {
    name: 'no steps at all: blame, dismissive, shouting',
    text: `You clearly did not read the manual. The reset button is simply on the back. It is NOT a fault!!

Support`,
    categories: ['blame', 'dismissive', 'shouting'],
    steps: [],
  },
  {
    name: 'benign just / simply / clearly and quoted customer text are not flagged',
    text: `Hi Omar,

Thanks for the photos. I just checked your account, and to put it simply, the second charge is a pre-authorisation that disappears by itself. The amount is clearly marked as pending in the app.

I have also asked our payments team to release it today.

On Mon, 3 Mar 2025, Omar wrote:
> Obviously you charged me twice!! Just refund it.

Best regards,
Maria, North Bank`,
    categories: [],
    steps: ['greet', 'thank', 'next-steps'],
  },
  {
    name: 'edged reminders and officialese',
    text: `Dear Ms Berg,

Per my last email, kindly note that the meter reading is due in March. We are in receipt of your letter and the matter has been forwarded to the relevant department.

Property management`,
    categories: ['passive-aggressive', 'jargon', 'vague-promise'],
    steps: ['greet'],
  },
  {
    name: 'pointer to a document the customer should have read, and a minimised fault',
    text: `Hi Pia,

As specified in our rental terms, the deposit covers cleaning. The lease agreement plainly states that pets need permission. The scuff on the floor is only a minor cosmetic mark, and most tenants never even notice it.

Lettings team`,
    categories: ['passive-aggressive', 'dismissive'],
    steps: ['greet'],
  },
  {
    name: 'IT and telecom internals; acronyms are not shouting, emphatic short words are',
    text: `Hi Ravi,

Thanks for your question about the new mail setup. Your domain still lacks a DMARC record, and the change needs up to a day to propagate. Please do NOT restart the ONT while it updates. I will check the settings with you on Thursday at 2 pm.

Network Support`,
    categories: ['jargon', 'shouting'],
    steps: ['greet', 'thank', 'next-steps'],
  },
  {
    name: 'blame on customers, a push to someone else, an ownerless when-they-can promise',
    text: `Hello Mr Ek,

Cracked tiles like these are caused by owners dropping heavy pans. The guarantee terms are decided by the manufacturer, not us. The workshop will look at the tiles when they can.

Customer Care`,
    categories: ['blame', 'defensive', 'vague-promise'],
    steps: ['greet'],
  },
  {
    name: 'stock regret counts as the apology step; hour-bound and on-the-spot next steps',
    text: `Hi Vera,

Thanks for telling us about the locked account. We regret any trouble this caused. I'll unlock it within the hour, and if you visit a branch your new card will be printed on the spot.

Best,
Jonas`,
    categories: ['formulaic-apology'],
    steps: ['greet', 'thank', 'apologize', 'next-steps'],
  },
  {
    name: 'friendly look-alikes of the reminder and shouting rules are not flagged',
    text: `Hi Emma,

As we agreed on the phone, I just checked the meter. As you mentioned, the cupboard door is clearly labelled. The switch is marked ON/OFF, and the engineer will fit the new valve on Monday 8 December.

Best,
Noah`,
    categories: [],
    steps: ['greet', 'next-steps'],
  },
  {
    name: 'storage complaint: packing blamed, exceptions refused, fees pushed to the landlord',
    text: `Hello Priya,

The cartons collapsed because they were overfilled with crockery. Storage rates are set by the landlord, not by the depot, and our staff have no authority to grant exceptions.

As I mentioned at the counter, the unit must be emptied by 30 September.

Regards,
Depot Team`,
    categories: ['blame', 'defensive', 'passive-aggressive'],
    steps: ['greet', 'next-steps'],
  },
  {
    name: 'warm reply with self-service options and no false next step from a past call',
    text: `Hi Tariq,

Thanks for your call this morning about the concert tickets. Queuing for an hour and then finding your seats double-booked is the last thing anyone wants on a night out, and I'm sorry we let that happen.

You can choose new seats in the app, and your e-tickets will be reissued straight away. The price difference will be refunded to your card by Friday 13 June.

Best wishes,
Elina, Box Office`,
    categories: [],
    steps: ['greet', 'thank', 'empathize', 'apologize', 'next-steps'],
  },
  {
    name: 'reassurance that minimises, with an internal queue and a past call only',
    text: `Hi Jo,

Thank you for phoning us yesterday and for your note this afternoon. The rash is just a common side effect of the new shampoo. Your refund request is in the billing queue.

Best wishes,
Pet Care Shop`,
    categories: ['dismissive', 'jargon'],
    steps: ['greet', 'thank'],
  },
  {
    name: "round 5: the customer's act named while the reply owns the fault, and a refusal with an alternative to book",
    text: `Hi Dana,

I'm sorry. Your suitcase was left behind in Oslo because it was not scanned at the transfer desk. That was our mistake, and nothing you could have prevented.

We can't extend the rental car booking beyond Sunday. If you need more time, book one of our weekend extension slots at the desk.

Your suitcase will be delivered to your hotel on Tuesday 3 June between 9 and 11 am.

Best wishes,
Ola, Baggage Services`,
    categories: [],
    steps: ['greet', 'apologize', 'next-steps'],
  },
  {
    name: 'round 5: the organisation clears itself, the trouble made normal, a refusal left bare',
    text: `Dear Mr Price,

The council acted entirely within its statutory powers, and the delay cannot be attributed to our planning team. A few weeks of waiting is to be expected in spring, and no other applicants complained.

We are unable to refund the application fee.

Yours sincerely,
Planning Services`,
    categories: ['defensive', 'dismissive', 'negative-framing'],
    steps: ['greet'],
  },
];

describe('English bundled rules on written replies', () => {
  for (const c of cases) {
    it(c.name, () => {
      const a = analyze(c.text);
      expect(a.language).toBe('en');
      const categories = [...new Set(a.hints.map((h) => h.category))].sort();
      expect(categories, a.hints.map((h) => `${h.ruleId}: ${h.text}`).join('\n')).toEqual([...c.categories].sort());
      for (const step of STEP_IDS) expect(a.steps[step], step).toBe(c.steps.includes(step));
    });
  }

  it('offers rewrites that drop a minimising word', () => {
    const a = analyze('Hi Sam, simply restart the router.', { lang: 'en' });
    const hint = a.hints.find((h) => h.ruleId === 'en.dismissive.simply');
    expect(hint?.text).toBe('simply restart');
    expect(hint?.suggestions).toContain('restart');
  });

  it('every category has English rules', () => {
    const cats = new Set(
      analyze(
        [
          'You should have checked.',
          'As I already said, it is closed.',
          'That is our policy.',
          'Obviously it works.',
          'It is impossible to change.',
          'Sorry for any inconvenience.',
          "We'll get back to you soon.",
          'PLEASE NOTE!!',
          'See the SLA.',
        ].join('\n'),
        { lang: 'en' },
      ).hints.map((h) => h.category),
    );
    expect([...cats].sort()).toEqual(
      [
        'blame',
        'passive-aggressive',
        'defensive',
        'dismissive',
        'negative-framing',
        'formulaic-apology',
        'vague-promise',
        'shouting',
        'jargon',
      ].sort(),
    );
  });
});
