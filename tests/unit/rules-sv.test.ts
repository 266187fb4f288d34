/**
 * The Swedish bundled rules on realistic replies written for this test (Finland-Swedish and Sweden-Swedish,
 * benefits, payroll, day care, webshop, telecom, energy). Each case states the tone categories the reply
 * must be hinted with (no more, no fewer) and the steps it covers.
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
    name: 'a complete reply to a complaint about a late housing allowance',
    text: `Hej Helena,

Tack för att du skrev till oss om ditt bostadsbidrag. Jag förstår att det är stressigt när hyran förfaller och pengarna inte har kommit. Jag ber om ursäkt för att vi inte har hunnit behandla ansökan i tid.

Jag har gått igenom ansökan i dag och allt som behövs finns hos oss. Du får beslutet senast onsdag den 12 mars, och stödet betalas till ditt konto två bankdagar efter det.

Vänliga hälsningar
Mikaela Strand
FPA`,
    categories: [],
    steps: ['greet', 'thank', 'empathize', 'apologize', 'next-steps'],
  },
  {
    name: 'a webshop refusing a return and blaming the customer',
    text: `Hej Tomas,

Tyvärr kan vi inte godta returen. Du borde ha kontrollerat storleken innan du tog bort etiketterna, och det är kundens eget ansvar att läsa returvillkoren.

Mvh
Webbutiken`,
    categories: ['negative-framing', 'blame'],
    steps: ['greet'],
  },
  {
    name: 'a housing manager who reminds, shouts and hides behind the rules',
    text: `Som vi redan har meddelat flera gånger får cyklar INTE förvaras i trapphuset!! Regler är regler, och det hör inte till oss att flytta dem åt er. Det är ju bara att ställa cykeln i cykelrummet.`,
    categories: ['passive-aggressive', 'shouting', 'defensive', 'dismissive'],
    steps: [],
  },
  {
    name: 'an energy company with a stock apology and a vague promise',
    text: `Hej Anders,

Tack för ditt mejl om mätaravläsningen. Vi beklagar eventuella olägenheter som detta kan ha orsakat.

Din reklamation utreds och vi återkommer så snart vi har mer information.

Hälsningar
Energibolaget`,
    categories: ['formulaic-apology', 'vague-promise'],
    // A stock apology does not count as the apology step, and a promise without a time is not a next step.
    steps: ['greet', 'thank', 'apologize'],
  },
  {
    name: 'telecom support full of internal jargon, but with a concrete time',
    text: `Hej Linnea,

Tack för din felanmälan. Ärendet har eskalerats till andra linjens support enligt vår SLA, dvs. en tekniker tar över ärendet.

Teknikern ringer dig i morgon före kl. 12.`,
    categories: ['jargon'],
    steps: ['greet', 'thank', 'next-steps'],
  },
  {
    name: 'day care: a long sentence, but an otherwise warm reply',
    text: `Hej Jenni,

Tack för att du berättade hur Elsas första vecka på daghemmet har varit. Jag förstår att det känns tungt att lämna henne när hon gråter vid dörren.

Eftersom många barn behöver några veckor för att vänja sig vid nya vuxna, nya rutiner och en större grupp brukar vi i början korta dagarna och låta samma pedagog ta emot barnet varje morgon tills det känns tryggt.

Jag ringer dig på torsdag eftermiddag så att vi tillsammans kan planera nästa vecka.`,
    categories: ['readability'],
    steps: ['greet', 'thank', 'empathize', 'next-steps'],
  },
  {
    name: 'payroll: an edgy reminder and a dismissive tone',
    text: `Hej Patrik,

Som det tydligt står i lönebeskedet betalas övertiden ut månaden efter. Läs igenom lönebeskedet noga, så slipper vi sådana här frågor. Det handlar bara om en vecka.

Löneservice`,
    categories: ['passive-aggressive', 'dismissive'],
    steps: ['greet'],
  },
  {
    name: 'officialese from a municipality, with a vague passive and no time',
    text: `Bästa kund,

Med anledning av Er förfrågan meddelas att ovannämnda avgift har fastställts i enlighet med gällande taxa. Ärendet är under behandling.

Stadens kundtjänst`,
    categories: ['jargon', 'vague-promise'],
    steps: ['greet'],
  },
  {
    name: 'a bank that says what it cannot do, then what it can',
    text: `Hej Maria,

Tack för din fråga. Vi kan inte öppna kortet igen efter tre felaktiga försök, men du kan beställa ett nytt kort i mobilappen. Det nya kortet kommer fram inom fem vardagar. Jag har redan spärrat det gamla kortet, så ingen annan kan använda det.`,
    categories: [],
    steps: ['greet', 'thank', 'next-steps'],
  },
  {
    name: 'benefits: a conditional apology, a refusal and a missing document blamed on the customer',
    text: `Hej Leena,

Vi ber om ursäkt om du har upplevt vår handläggning som långsam. Du har inte skickat in läkarintyget, så det är inte möjligt att betala ut dagpenningen. Det är inte vårt ansvar att påminna om bilagor.

FPA`,
    categories: ['formulaic-apology', 'blame', 'negative-framing', 'defensive'],
    steps: ['greet', 'apologize'],
  },
  {
    name: 'an apology that owns the mistake, and empathy in other words',
    text: `Hej Ronja,

Vad tråkigt att soffan kom fram med en reva i tyget. Det var vårt fel: den packades inte ordentligt på lagret.

Vi hämtar den skadade soffan och levererar en ny på tisdag mellan kl. 8 och 12. Du behöver inte göra något annat än att vara hemma.`,
    categories: [],
    steps: ['greet', 'empathize', 'apologize', 'next-steps'],
  },
  {
    name: 'a municipality pushing a snow-clearing complaint away, with an undated fix',
    text: `Hej Rasmus,

Plogningen av din gata sköts av en upphandlad firma, så det ligger utanför kommunens ansvar när en infart blir igenplogad. Du hade kunnat ringa firman direkt. Vallen tas bort så fort det finns möjlighet.

Kundcenter, Ekby kommun`,
    categories: ['defensive', 'blame', 'vague-promise'],
    steps: ['greet'],
  },
  {
    name: 'broadband support that talks down and uses network terms',
    text: `Hej Selma,

Det är faktiskt ganska enkelt. Slå av DHCP i den nya boxen och ställ den gamla routern i bryggläge. Sådana korta avbrott är helt normala.

Teknikern Omar ringer dig på fredag mellan kl. 13 och 15.`,
    categories: ['dismissive', 'jargon'],
    steps: ['greet', 'next-steps'],
  },
  {
    name: 'a conditional apology, a refusal after a fronted object and rules as a shield',
    text: `Hej Wilma,

Vi beklagar om vårt förra brev har uppfattats som otydligt. Någon ersättning för resan kan vi dessvärre inte betala. Enligt gällande bestämmelser får beslutet inte ändras av kundtjänst, och handläggaren har följt gällande regler.

Beslut om omprövning skickas när ärendet är färdigbehandlat.

FPA`,
    categories: ['formulaic-apology', 'negative-framing', 'defensive', 'vague-promise'],
    steps: ['greet', 'apologize'],
  },
  {
    name: 'a clean reply with a booked time, a queue time and an offer to accept',
    text: `Hej Ivan,

Tack för att du hörde av dig om tvättstugan. Jag har bokat en ny tid åt dig i tvättstugan på plan 2. Kötiden för ett eget förråd är just nu ungefär fyra månader. När ett förråd blir ledigt har du sedan tre dagar på dig att tacka ja.

Fyll i intresseanmälan på Mina sidor, så är det klart.

Vänliga hälsningar
Hyresgästservice`,
    categories: [],
    steps: ['greet', 'thank', 'next-steps'],
  },
  {
    name: 'a dated appointment kept by a named colleague is a next step',
    text: `Hej Ulla,

Tack för att du hörde av dig om den trasiga diskmaskinen. Jag förstår att det är besvärligt att diska för hand.

Servicetekniker Kim Aalto byter pumpen onsdagen den 11 juni mellan kl. 12 och 14. Jag håller också en reservtid åt dig till fredag kl. 15 om onsdagen inte passar.

Vänliga hälsningar
Hanna, Vitvaruservice`,
    categories: [],
    steps: ['greet', 'thank', 'empathize', 'next-steps'],
  },
  {
    name: 'a rental firm pushing the problem away behind its rules and a forwarded case',
    text: `Hej Jonas,

Förseningen hos färjan är ingenting vi här på uthyrningen kan styra över, och enligt villkoren återbetalas hyran inte vid sen ankomst. Ditt klagomål har skickats vidare och en handläggare kommer att kontakta dig.

Hälsningar
Biluthyrningen`,
    categories: ['defensive', 'vague-promise'],
    steps: ['greet'],
  },
  {
    name: 'an edged reminder, a conditional apology and English billing words',
    text: `Hej Maria,

Som det redan framgick av orderbekräftelsen dras en handling fee på 4 euro per order. Vi beklagar om ni upplevde avgiften som dold. Avgiften visas redan i kassan från och med måndag.

Kundtjänst, Webbutiken`,
    categories: ['passive-aggressive', 'formulaic-apology', 'jargon'],
    steps: ['greet', 'apologize', 'next-steps'],
  },
  {
    name: 'round 5: a condition with "har du glömt", "ansökan om" beside a neutral fact, a parcel on its way',
    text: `Hej Maja,

Tack för ditt mejl om ansökan om bostadsbidrag. Har du glömt ditt lösenord får du ett nytt på Mina sidor direkt.

Beslutet skickas till dig den 14 mars, och du får ett sms när det är på väg.

Vänliga hälsningar
Petra, kundservice`,
    categories: [],
    steps: ['greet', 'thank', 'next-steps'],
  },
  {
    name: "round 5: the customer's delay as the cause, the council clearing itself, the trouble made small",
    text: `Hej Stefan,

Eftersom du väntade två månader med att skicka in intyget har ärendet blivit liggande. Förvaltningen har skött det helt korrekt, och kommunen har ingen möjlighet att påverka handläggningstiden.

En försening på några veckor är ingen stor sak, och de flesta sökande har kommit igång utan problem.

Hälsningar
Bygglovsenheten`,
    categories: ['blame', 'defensive', 'dismissive'],
    steps: ['greet'],
  },
];

describe('Swedish rules on realistic replies', () => {
  for (const c of cases) {
    it(c.name, () => {
      const a = analyze(c.text);
      expect(a.language).toBe('sv');
      const found = [...new Set(a.hints.map((h) => h.category))].sort();
      expect(found).toEqual([...c.categories].sort());
      const steps = STEP_IDS.filter((s) => a.steps[s]);
      expect(steps).toEqual(STEP_IDS.filter((s) => c.steps.includes(s)));
    });
  }

  it('offers Swedish rewrites and Swedish messages', () => {
    const a = analyze('Hej Eva,\n\nLeveransen är försenad p.g.a. strejken.');
    const hint = a.hints.find((h) => h.ruleId === 'sv.jargon.pga');
    expect(hint?.suggestions).toContain('på grund av');
    expect(hint?.message).toMatch(/förkortning/);
  });

  it('does not coach the quoted customer message or the signature', () => {
    const a = analyze(
      'Hej Kalle,\n\nTack för ditt meddelande. Jag skickar den nya fakturan i dag.\n\nKalle Kund skrev:\n> Ni borde ha läst min beställning!! Det är INTE OK.\n\nMed vänliga hälsningar\nSIRPA LINDQVIST\nKUNDTJÄNST',
    );
    expect(a.hints).toEqual([]);
  });
});
