/**
 * The `next-steps` step in English and Swedish (issue 14, round 4): a concrete next step is what we will do and
 * when, or an instruction to the customer with what then happens; a vague promise, a contingency ("if the mould
 * spreads, call…") or a pointer to more information is not. Sentences written for these tests, not taken from any
 * evaluation set.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/index';

const covers = (text: string, lang: 'en' | 'sv') => analyze(text, { lang }).steps['next-steps'];

const en = {
  steps: [
    'Go to Account > Plan and pick Basic; the change takes effect from your next billing date.',
    'You can raise your limit in the app under Cards, and the new limit applies straight away.',
    'Send us a photo of the receipt and we will refund the £40 within three working days.',
    'The engineer will come on Tuesday 14 May between 8 am and noon.',
    'Once you have signed the form, we will release the payment the next working day.',
    'The £12 credit will show on your next bill.',
    'If the reset page shows an error, reply here before 4 pm and I will unlock your account straight away.',
    'The freeze starts from your next payment date.',
    'A decision will be issued within eight weeks of the validation date.',
    'Drop the boots at the counter and we will have them resoled within the week.',
    'To renew the parking permit, log in to the resident portal and choose Permits.',
    'You can pay the balance online at any time, or at the library desk.',
    'We have Friday afternoon at 3 pm free for the fitting.',
    'The next available appointments are on Wednesday and Thursday.',
    'Exam results are published in late June.',
    'Tap Save, and the updated timetable downloads straight away.',
  ],
  not: [
    'We will look into this and get back to you.',
    'Someone from the team will be in contact.',
    'You can find more information on our website.',
    'If the mould spreads to other rooms, please call our emergency repairs line on 0300 123 9876.',
    'If we need further information from you, we will write to you.',
    'The full amount of £386.40 remains payable on your next bill.',
    'Refunds will reach you when they have been approved.',
    'The photo you uploaded on 2 May was blurred.',
    'The delay on 12 May was caused by a signalling failure.',
    'Our surveyor inspected the property on 12 November, and his findings were sent to you in writing on 15 November.',
    'Our receptionist tried to call you twice on 2 June.',
    'If the noise returns, call the office and we will send someone.',
    'If anything else comes up, just reply to this email and I will be happy to help.',
    'We have no free slots this month.',
  ],
};

const sv = {
  steps: [
    'Gå till Mitt konto > Abonnemang och välj Bas; ändringen gäller från nästa faktura.',
    'Du kan höja gränsen i appen under Kort, och den nya gränsen gäller direkt.',
    'När du har skrivit under blanketten betalar vi ut pengarna nästa vardag.',
    'Du får ett bekräftelsemejl med ditt nya bokningsnummer när du har bekräftat.',
    'Du har nu en ny tid hos samma läkare tisdag 8 december klockan 10.30.',
    'Skicka tillbaka varan med returetiketten så byter vi den mot rätt storlek.',
    'Kärlet töms vid nästa ordinarie tömning den 23 januari.',
    'Frysningen börjar gälla från nästa betalperiod.',
    'Synpunkter kan du lämna via formuläret, så tas de upp på ledningsmötet den 3 juni.',
    'Vill du se vad du har lånat, logga in på Mina sidor.',
    'Vill du, kan du ta med jackan till butiken, så lagar skräddaren sömmen medan du väntar.',
    'Mejla oss numret på biljetten, så flyttar jag din plats till fredagens föreställning.',
    'Om du svarar med din adress, så skickar jag en ny laddare till dig.',
    'Vi har lediga tider på onsdag och fredag förmiddag.',
    'Hyran dras från ditt konto den 28 februari.',
    'Nästa provtillfälle är torsdag 12.3 kl. 18.',
    'Jag har förlängt lånetiden på alla tre böckerna till den 9 april.',
    'Jag spärrade det gamla kortet i dag, och ett nytt är beställt.',
    'Det nya kortet kommer med posten i slutet av veckan.',
    'Medlemskapet öppnas igen automatiskt om tio dagar.',
    'Skriv vilken dag som passar, så kommer vi och hämtar soffan.',
    'Du laddar upp kvittot i appen, så betalas pengarna tillbaka.',
    'När intyget har kommit in kan du hämta glasögonen samma dag.',
    'Anmäl dig helst redan i dag, eftersom platserna brukar ta slut.',
    'Vi har öppen verkstad varje onsdag kl. 17–19.',
    'Svara på det här mejlet med vilken tid som passar dig.',
    'Rektorn pratar med klassen på måndag.',
  ],
  not: [
    'Vi tittar på det och återkommer.',
    'Mer information finns på vår webbplats.',
    'Om konserten får ett nytt datum skickar vi information till dig samma dag som datumet släpps.',
    'Om fukten sprider sig till golvet vill vi att du ringer vår jour på 031-700 10 10.',
    'Återbetalningen är på gång.',
    'När ansökan är godkänd kommer pengarna att betalas ut.',
    'Gångvägarna har plogats och sandats varje morgon före kl. 7.',
    'Beslutet fattades den 3 juni.',
    'Har du frågor, hör av dig så hjälper vi dig.',
    'Du kan också betala fakturan i förväg, så slipper du räntan.',
    'Du går inte miste om några dagar med ersättning.',
    'Tiderna var fullbokade hela förra veckan.',
    'Så gör vi alltid när en vara har kommit bort.',
    'Vi hade öppen verkstad varje onsdag förra året.',
    'Läs villkoren, så slipper vi missförstånd.',
    'Skillnaden handlar bara om två dagar.',
  ],
};

describe('next steps in English', () => {
  it.each(en.steps)('covered: %s', (text) => expect(covers(text, 'en')).toBe(true));
  it.each(en.not)('not covered: %s', (text) => expect(covers(text, 'en')).toBe(false));
});

describe('next steps in Swedish', () => {
  it.each(sv.steps)('covered: %s', (text) => expect(covers(text, 'sv')).toBe(true));
  it.each(sv.not)('not covered: %s', (text) => expect(covers(text, 'sv')).toBe(false));
});

describe('a greeting word in mid-sentence is no greeting', () => {
  it("'vid första bästa tillfälle' does not greet, 'Bästa Karin' does", () => {
    expect(analyze('Vi löser det vid första bästa tillfälle.', { lang: 'sv' }).steps.greet).toBe(false);
    expect(analyze('Bästa Karin,\n\nvi löser det i dag.', { lang: 'sv' }).steps.greet).toBe(true);
  });
});
