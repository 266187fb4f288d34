import { describe, expect, it } from 'vitest';
import { analyze, Analyzer, compiledBundledRuleset } from '../../lib/index';
import { coachedLines as coachedLinesWith, linesIn } from '../../lib/text/regions';

/** The writer's lines, with the bundled rulesets' sign-offs and closing wishes. */
const coachedLines = (lines: readonly string[], marked?: boolean[]) => coachedLinesWith(lines, compiledBundledRuleset().closings, marked);

/** The lines coached, as text, for readable expectations. */
const coached = (text: string, marked?: boolean[]) => {
  const lines = text.split('\n');
  const c = coachedLines(lines, marked);
  return lines.filter((_, i) => c[i]);
};

describe('quotes: the writer’s text above, between and below is coached', () => {
  it('skips the attribution line and the > lines, and coaches a reply written below them', () => {
    const text = [
      'On Mon, 23 Nov 2026 at 10:00, Sam <sam@example.com> wrote:',
      '> You never answer!! This is RIDICULOUS.',
      '> Fix it.',
      '',
      'Hi Sam,',
      'you should have read the manual.',
    ].join('\n');
    expect(coached(text)).toEqual(['', 'Hi Sam,', 'you should have read the manual.']);
    const a = analyze(text, { lang: 'en' });
    expect(a.hints.every((h) => h.start > text.indexOf('Hi Sam'))).toBe(true);
    expect(a.hints.some((h) => h.category === 'blame')).toBe(true);
  });

  it('coaches text between quotes (an interleaved reply)', () => {
    const text = ['> Where is my refund?', 'It was paid on Friday.', '> And the invoice?', 'Attached.'].join('\n');
    expect(coached(text)).toEqual(['It was paid on Friday.', 'Attached.']);
  });

  it('knows Finnish and Swedish attributions, and one wrapped over two lines', () => {
    for (const header of [
      'ma 23.11.2026 klo 10.00 Maija Virtanen <maija@example.com> kirjoitti:',
      'Maija Virtanen kirjoitti 23.11.2026 klo 10.00:',
      'Den mån 23 nov. 2026 kl 10:00 skrev Anna Berg <anna@example.com>:',
      'Anna Berg skrev:',
      'On 23/11/2026 10:00, Sam Smith wrote:',
    ]) {
      expect(coached(`${header}\n> lainaus\n\nHei, vastaus tässä.`), header).toEqual(['', 'Hei, vastaus tässä.']);
    }
    const wrapped = 'On Mon, Nov 23, 2026 at 10:00 AM Sam Smith <\nsam@example.com> wrote:\n> quote\nReply.';
    expect(coached(wrapped)).toEqual(['Reply.']);
  });

  it('leaves a sentence that merely mentions writing alone, and a line starting with "On" that ends a sentence', () => {
    expect(coached('On Friday you wrote that it broke.\nWe fixed it.')).toEqual(['On Friday you wrote that it broke.', 'We fixed it.']);
    expect(coached('On Monday we call you.\nAs Sam wrote:')).toEqual(['On Monday we call you.']);
  });

  it('skips a forwarded or original message to the end, and an Outlook From/Sent block', () => {
    expect(
      coached('Hei,\nvälitän tämän.\n\n---------- Forwarded message ---------\nFrom: Sam <s@x.fi>\nDate: Mon\n\nOlisit lukenut ohjeet.'),
    ).toEqual(['Hei,', 'välitän tämän.', '']);
    expect(coached('Hi,\nsee below.\n________________________________\nFrom: Sam\nSent: Monday\nTo: Us\n\nOld text')).toEqual(['Hi,', 'see below.']);
    expect(coached('Hei,\nvastaus.\n\nLähettäjä: Maija\nLähetetty: maanantai\nAihe: Lasku\n\nVanha viesti')).toEqual(['Hei,', 'vastaus.', '']);
    expect(coached('Terveisin\nJanne\n\n-----\nLähettäjä: Markus\nAihe: Lipasto rikki\n\nMIKSI sitä ei suojattu??')).toEqual(['']);
    expect(coached('Hei Markus,\nkorjaamme sen.\n-----\nLähettäjä: Markus\nAihe: Lipasto\n\nMIKSI??')).toEqual(['Hei Markus,', 'korjaamme sen.']);
    // A "From:" line that starts no header block is the writer's own.
    expect(coached('From: our side, all is ready.\nWe call you today.')).toEqual(['From: our side, all is ready.', 'We call you today.']);
  });

  it('skips the signature after "-- " and after a sign-off at the end of the writer’s last stretch', () => {
    expect(coached('Hei Maija,\nkorjasimme laskun.\n-- \nAnu Laine\nAsiakaspalvelu')).toEqual(['Hei Maija,', 'korjasimme laskun.']);
    const bottom = 'Sam wrote:\n> Where is it?\n\nHi Sam,\nit ships today.\nBest regards,\nAnu\nCustomer service';
    expect(coached(bottom)).toEqual(['', 'Hi Sam,', 'it ships today.']);
    const top = 'Hi Sam,\nit ships today.\nBest regards,\nAnu\n\nOn Monday, Sam wrote:\n> Where is it?';
    expect(coached(top)).toEqual(['Hi Sam,', 'it ships today.', '']);
  });

  it('keeps the old rules: quote, header and signature out; a long text after a sign-off word in', () => {
    const lines = [
      'Hi Sam,',
      'thanks.',
      'Best regards',
      'Anu Laine',
      'Customer service',
      'On Mon, 23 Nov 2026 at 10:00, Sam <sam@example.com> wrote:',
      '> You never answer!!',
    ];
    expect(coachedLines(lines)).toEqual([true, true, false, false, false, false, false]);
    const long = ['Terveisin', ...Array.from({ length: 12 }, (_, i) => `Rivi ${i} jatkuu.`)];
    expect(coachedLines(long).every(Boolean)).toBe(true);
  });
});

describe('quotes marked by the structure (HTML)', () => {
  it('finds the lines wholly inside the marked spans', () => {
    const text = 'Hei,\nlainattu rivi\n  toinen lainattu  \n\nvastaus';
    const start = text.indexOf('lainattu rivi');
    const end = text.indexOf('\n\nvastaus');
    expect(linesIn(text, [{ start, end }])).toEqual([false, true, true, false, false]);
    expect(linesIn(text, [])).toEqual([false, false, false, false, false]);
  });

  it('analyses the writer’s lines only', () => {
    const text = 'Olisit lukenut ohjeet!!\nHei Maija, palaamme asiaan pian.';
    const quote = { start: 0, end: text.indexOf('\n') };
    const all = new Analyzer(compiledBundledRuleset()).analyze(text);
    expect(all.hints.some((h) => h.start < quote.end)).toBe(true);
    const a = new Analyzer(compiledBundledRuleset()).analyze(text, [quote]);
    expect(a.hints.length).toBeGreaterThan(0);
    expect(a.hints.every((h) => h.start > quote.end)).toBe(true);
  });
});

describe('helpdesk threads and more sign-offs (issue 14)', () => {
  it('skips everything under a "reply above this line" marker, in Finnish, English and Swedish', () => {
    for (const marker of [
      '##- Kirjoita vastauksesi tämän rivin yläpuolelle -##',
      '##- Please type your reply above this line -##',
      '##- Skriv ditt svar ovanför den här raden -##',
      '-- Reply above this line --',
    ]) {
      const text = ['Hei Pekka,', 'korjaus on tehty.', '', marker, '', 'Pekka Ojala, 1.12.2026', 'MIKSI EI KUKAAN VASTAA!!!'].join('\n');
      expect(coached(text), marker).toEqual(['Hei Pekka,', 'korjaus on tehty.', '']);
    }
  });

  it('a helpdesk thread under the marker: the writer’s message is coached, the earlier messages under their author and date are not', () => {
    const threads: [string, string, string, string][] = [
      ['##- Please type your reply above this line -##', 'Ines (Northwind Help)', 'Mar 3, 2026, 10:05 GMT', 'Jonas Weber'],
      ['##- Kirjoita vastauksesi tämän rivin yläpuolelle -##', 'Tuuli (Asiakastuki)', 'ti 3.3.2026 klo 10.05', 'Jonas Weber'],
      ['##- Skriv ditt svar ovanför den här raden -##', 'Elin (Kundtjänst)', '3 mars 2026 10:05', 'Jonas Weber'],
      ['##- Please type your reply above this line -##', 'Ines', '3 March 2026 at 10:05 am', 'Jonas Weber (customer)'],
    ];
    for (const [marker, agent, date, customer] of threads) {
      const text = [
        marker,
        '',
        agent,
        date,
        '',
        'Hi Jonas,',
        'the refund was sent today.',
        '',
        'Best regards,',
        'Ines',
        '',
        customer,
        '2026-03-02 22:41',
        '',
        'WHERE IS MY MONEY!!! You NEVER answer.',
      ].join('\n');
      expect(coached(text), date).toEqual(['', 'Hi Jonas,', 'the refund was sent today.', '', '']);
      expect(
        analyze(text, { lang: 'en' }).hints.filter((h) => h.start > text.indexOf(customer)),
        date,
      ).toEqual([]);
    }
  });

  it('the helpdesk’s notice above the writer’s header is skipped; a thread under the writer’s own sign-off starts at its first header', () => {
    const notice = [
      '##- Please type your reply above this line -##',
      '',
      'Your request (#40512) has been updated. To add a comment, reply to this email.',
      '',
      'Ines (Northwind Help)',
      'Mar 3, 2026, 10:05 GMT',
      '',
      'Hi Jonas,',
      'the refund was sent today.',
      '',
      'Jonas Weber',
      'Mar 2, 2026, 22:41 GMT',
      '',
      'WHERE IS MY MONEY!!!',
    ].join('\n');
    expect(coached(notice)).toEqual(['', 'Hi Jonas,', 'the refund was sent today.', '']);
    expect(analyze(notice, { lang: 'en' }).steps.greet).toBe(true);
    const below = [
      'Hei Jonas,',
      'hyvitys lähti tänään.',
      '',
      'Ystävällisin terveisin',
      'Tuuli',
      '',
      'Jonas Weber',
      '2.3.2026 klo 22.41',
      '',
      'MISSÄ RAHANI ON!!!',
      '',
      'Tuuli (Asiakastuki)',
      '1.3.2026 klo 9.12',
      '',
      'Hei, kysyisin hyvityksestä.',
    ].join('\n');
    expect(coached(below)).toEqual(['Hei Jonas,', 'hyvitys lähti tänään.', '', '']);
  });

  it('a date and time in the writer’s text, or under a line that is not a name, starts nothing', () => {
    const text = ['Hi Jonas,', 'your appointment is now:', '3 March 2026 at 10:05', '', 'Please bring your card. PLEASE DO NOT BE LATE!!'].join('\n');
    expect(coached(text)).toEqual(text.split('\n'));
    expect(analyze(text, { lang: 'en' }).hints.some((h) => h.category === 'shouting')).toBe(true);
  });

  it('coaches a reply written under a "reply above this line" marker that has nothing above it', () => {
    const text = ['##- Kirjoita vastauksesi tämän rivin yläpuolelle -##', '', 'Hei Kimmo,', 'lasku on oikein.'].join('\n');
    expect(coached(text)).toEqual(['', 'Hei Kimmo,', 'lasku on oikein.']);
    expect(analyze(text).steps.greet).toBe(true);
  });

  it('skips the customer message under a title without dashes, and under a claim or case header with its fields', () => {
    for (const title of [
      'Asiakkaan viesti:',
      'Customer message:',
      'Meddelande från kund via Internetbanken',
      'Vahinkoasia VA-2025-118734 | Kanava: Verkkoasiointi | Saapunut 25.2.2025 19.51',
    ]) {
      const text = ['Hei Pekka,', 'käsittelemme asian perjantaina.', '', title, 'Eikä mitään kuulu!!! Milloin saan päätöksen??'].join('\n');
      expect(coached(text), title).toEqual(['Hei Pekka,', 'käsittelemme asian perjantaina.', '']);
    }
  });

  it('coaches a reply written under the customer message when the message with its header comes first and a rule ends it', () => {
    const text = [
      'Lähettäjä: Ahmed Hassan',
      'Lähetetty: 24.2.2025 14.02',
      'Aihe: lapsilisä',
      '',
      'Hei. Lapsilisä ei ole tullut!!',
      '',
      '---',
      '',
      'Hei Ahmed,',
      'lapsilisä maksetaan 5.3.',
    ].join('\n');
    expect(coached(text)).toEqual(['', 'Hei Ahmed,', 'lapsilisä maksetaan 5.3.']);
    // Without a rule, the writer's greeting after a blank line ends it; with neither, the header starts the thread.
    const greeted = [
      'From: Sam Lee',
      'Sent: 30 November 2026 09:12',
      'Subject: refund',
      '',
      'Where is my money?!',
      '',
      'Dear Ms Lee,',
      'the refund was paid today.',
    ];
    expect(coached(greeted.join('\n'))).toEqual(['Dear Ms Lee,', 'the refund was paid today.']);
    expect(coached(['Lähettäjä: Ahmed Hassan', 'Lähetetty: 24.2.2025 14.02', 'Aihe: lapsilisä', '', 'Miksi ei makseta?'].join('\n'))).toEqual([]);
    // A header under the writer's own text still starts the thread, greeting or not.
    expect(coached(['Hi Sam,', 'paid today.', '', ...greeted].join('\n'))).toEqual(['Hi Sam,', 'paid today.', '']);
  });

  it('skips the customer message under the signature, headed by its author and date on one line', () => {
    for (const [header, signOff, name] of [
      ['Rajesh Patel, 21 May 2025, 18:50', 'Yours sincerely,', 'Grace Akinola'],
      ['Eeva Salminen, 7.12.2026 klo 8.02', 'Ystävällisin terveisin', 'Satu Heikkilä'],
      ['Anna Berg – 3 mars 2025 kl. 14:05', 'Med vänliga hälsningar', 'Per Ek'],
    ]) {
      const text = [
        'Hi,',
        'the engineer comes on Monday.',
        '',
        signOff,
        name,
        '',
        header,
        'This is the second time I write about this. Pressure is terrible since April and nobody came!!',
      ].join('\n');
      expect(
        coached(text).filter((l) => l !== ''),
        header,
      ).toEqual(['Hi,', 'the engineer comes on Monday.']);
    }
    // Above the sign-off, a line that names someone and a time is the writer's own.
    const own = ['Hei,', '', 'Soitin Matille, 3.12.2026 klo 10.00', 'Hän lupasi korjata laskun.', '', 'Terveisin', 'Satu'].join('\n');
    expect(coached(own)).toContain('Hän lupasi korjata laskun.');
  });

  it('skips the customer message under a rule and a line with its author, date and time', () => {
    for (const header of ['Kimmo Laine, 2.3.2025 klo 22.17', 'Sam Lee – 2026-11-30 09:12', 'Eva Berg, 30.11.2026 kl. 9.12']) {
      const text = [
        'Hei Kimmo,',
        'lasku on oikein.',
        '',
        '--------------------------------',
        header,
        '',
        'Mitä ihmettä?? Maksan vasta 5.12. klo 12.',
      ].join('\n');
      expect(coached(text), header).toEqual(['Hei Kimmo,', 'lasku on oikein.', '']);
    }
    // A rule in the writer's own text, with a line of their own under it, stays coached.
    expect(coached(['Hei,', '---', 'Maksu on 12.12. mennessä.'].join('\n'))).toEqual(['Hei,', 'Maksu on 12.12. mennessä.']);
  });

  it('skips a customer message under a dashed title, and a ticket header with its subject or state', () => {
    expect(coached(['Dear Ms Lee,', 'the fine stands.', '--- Customer message ---', 'Name: Ann Lee', 'Message: SCAM!!'].join('\n'))).toEqual([
      'Dear Ms Lee,',
      'the fine stands.',
    ]);
    // The helpdesk's own title over the customer's words, between hyphens or dashes, in each language.
    for (const header of [
      '— Customer wrote —',
      '— Customer wrote (15/06/2025 08:52) —',
      '--- Asiakas kirjoitti 3.4.2026 klo 10.12 ---',
      '— Kunden skrev —',
      '=== Kund skrev 22 april 08:12 ===',
      '== Customer wrote 3 March 2026 at 09:14 ==',
      '–– Kundens meddelande ––',
      'Your message (sent 26 May 2025):',
      'Viestisi (lähetetty 3.4.2026):',
      'Ditt meddelande:',
    ]) {
      expect(coached(['Hej Eva,', 'vi ringer i dag.', '', header, 'NI HAR DRAGIT PENGAR TVÅ GÅNGER!!'].join('\n')), header).toEqual([
        'Hej Eva,',
        'vi ringer i dag.',
        '',
      ]);
    }
    // A dash in the writer's own sentence about what someone wrote is not such a title, nor a line about the message.
    expect(coached(['Hi Sam,', '— as you wrote, the box was open —', 'I will call you.'].join('\n'))).toHaveLength(3);
    expect(coached(['Hi Sam,', 'Your message: we read it twice.', 'I will call you.'].join('\n'))).toHaveLength(3);
    for (const header of [
      'Ticket #51877 — Router keeps dropping',
      'Tiketti #48213 | Aihe: Netti pätkii | Tila: Avoin',
      'Ärende #S-22817 · Studentservice · Skapat 2026-11-30',
    ]) {
      expect(coached(['Hej Eva,', 'vi ringer i dag.', '', header, 'Det här är ERT FEL!!'].join('\n')), header).toEqual([
        'Hej Eva,',
        'vi ringer i dag.',
        '',
      ]);
    }
    // A ticket number on a line of its own under the signature is a reference, not the writer's prose; an attribution
    // under the sign-off starts the customer's message even without "> " before its lines.
    expect(
      coached(
        [
          'Hi Camila,',
          'the room is ready at 10.',
          '',
          'Warm regards,',
          'Inês',
          'Reservations',
          '',
          'Ticket #77120',
          '',
          'Camila Reyes (camila.reyes@example.com) wrote on 2 August 2025, 16:05:',
          'Hi!',
        ].join('\n'),
      ),
    ).toEqual(['Hi Camila,', 'the room is ready at 10.', '', '', '']);
    // A list item or a case the writer numbers is not a header.
    expect(coached(['Hi,', 'Case 2 - the refund: paid today.', 'I will call you.'].join('\n'))).toEqual([
      'Hi,',
      'Case 2 - the refund: paid today.',
      'I will call you.',
    ]);
  });

  it('knows colloquial and formal sign-offs, and keeps a ticket number in the signature out', () => {
    for (const signOff of ['Moikka,', 'Kiittäen', 'Kunnioittaen', 'All the best,', 'Take care,', 'Med vänlig hälsning', 'Allt gott,']) {
      const text = ['Hei,', 'soitan huomenna.', '', signOff, 'Emmi Virtanen', 'tekninen tuki, SLA-tiimi', 'p. 0800 123 456', 'Tiketti #48213'].join(
        '\n',
      );
      expect(coached(text), signOff).toEqual(['Hei,', 'soitan huomenna.', '']);
    }
  });

  it('knows sign-offs with "with", and wishes for the week, in English and Swedish (round 7)', () => {
    for (const signOff of [
      'With best regards,',
      'With kind regards,',
      'Have a good week,',
      'Yours truly,',
      'Med bästa hälsningar',
      'Ha en fin helg!',
      'Trevlig helg,',
    ]) {
      const text = [
        'Hi Sam,',
        'I will call you on Monday.',
        '',
        signOff,
        'Joanna Pike',
        'Billing Specialist',
        'NORTHWIND ENERGY LTD',
        '0800 123 4567',
      ].join('\n');
      expect(coached(text), signOff).toEqual(['Hi Sam,', 'I will call you on Monday.', '']);
    }
    // A wish in the body, with the writer's text after it, stays coached.
    const body = [
      'Hi Sam,',
      '',
      'Have a good week,',
      'and I will call you on Monday morning to see how the new router works for you and your family.',
    ].join('\n');
    expect(coached(body)).toEqual(body.split('\n'));
  });

  it('a contact block at the end with no sign-off is the signature: a name, short lines, a phone or e-mail (round 7)', () => {
    const text = [
      'Hej Linda,',
      '',
      'Välkommen till Kvarngatan!',
      '',
      'Annika Forsman',
      'bostadssekreterare',
      'BOSTADS AB KVARNEN',
      'tfn 06 318 4420',
    ].join('\n');
    expect(coached(text)).toEqual(['Hej Linda,', '', 'Välkommen till Kvarngatan!', '']);
    const mail = ['Hi Ruth,', '', 'Your boots ship today.', '', 'Mira Lindqvist', 'PULSE GYMS', 'mira@pulse.example'].join('\n');
    expect(coached(mail)).toEqual(['Hi Ruth,', '', 'Your boots ship today.', '']);
  });

  it('the writer’s last paragraph stays coached when it is not a contact block (round 7)', () => {
    for (const last of [
      // a sentence that gives a phone number
      ['Anna Virtanen from our billing team', 'will call you on 040 123 4567 tomorrow.'],
      // a name and short lines, but nothing to reach anyone by
      ['Anna Virtanen', 'Billing', 'NORTHWIND ENERGY'],
      // a line that does not start with a name
      ['PLEASE CALL US', '040 123 4567'],
      // a list under a colon
      ['Call us:', '040 123 4567'],
    ]) {
      const text = ['Hi Sam,', '', 'Your refund is on its way.', '', ...last].join('\n');
      expect(coached(text), last[0]).toEqual(text.split('\n'));
    }
  });

  it('coaches the writer above a helpdesk thread and never the customer’s shouting in it', () => {
    const text = [
      'Hi Tom,',
      '',
      'You should have read the manual.',
      '',
      'Best regards,',
      'Marcus Webb',
      'Senior Support Engineer, SLA team',
      'Ticket #51877',
      '',
      '##- Please type your reply above this line -##',
      '',
      'Ticket #51877 — Broadband drops every evening',
      'I want an ENGINEER, not another chatbot!!',
    ].join('\n');
    const a = analyze(text, { lang: 'en' });
    expect(a.hints.map((h) => h.category)).toEqual(['blame']);
  });
});

describe('a closing wish over the writer’s name starts the signature (issue 14, round 7)', () => {
  const reply = (wish: string, ...signature: string[]) => ['Hei Henna,', 'palautan rahat perjantaina.', '', wish, ...signature].join('\n');

  it('skips the name, title and firm under a closing wish, and keeps the wish itself coached', () => {
    for (const wish of [
      'Mukavaa joulukuuta!',
      'Hyvää joulua!',
      'Mukavia lukuhetkiä!',
      'Hyvää matkan jatkoa!',
      'Rauhallista joulunalusaikaa toivottaen',
      'Enjoy the holidays!',
      'Fortsatt trevlig vecka!',
    ]) {
      expect(coached(reply(wish, 'Aleksi Mäenpää', 'asiakaspalvelu', 'KENKÄTALO OY', 'puh. 09 555 0110')), wish).toEqual([
        'Hei Henna,',
        'palautan rahat perjantaina.',
        '',
        wish,
      ]);
    }
    // A wish that is also a sign-off ("Have a great weekend!") goes with the signature, as any sign-off does.
    expect(coached(reply('Have a great weekend!', 'Aleksi Mäenpää', 'asiakaspalvelu', 'puh. 09 555 0110'))).toEqual([
      'Hei Henna,',
      'palautan rahat perjantaina.',
      '',
    ]);
    // The firm's name in capitals in that signature is no shouting.
    const text = `${reply('Mukavaa joulukuuta!', 'Aleksi Mäenpää', 'asiakaspalvelu', 'KENKÄKAUPPA OY', 'puh. 09 555 0110')}`;
    expect(analyze(text, { lang: 'fi' }).hints.map((h) => h.text)).toEqual([]);
  });

  it('leaves a wish that no name follows, a sentence under it and a long text under it coached', () => {
    // A P.S. under the wish: not a name.
    expect(coached(reply('Hyvää joulua!', 'Muista, että sali on kiinni 25.12.'))).toContain('Muista, että sali on kiinni 25.12.');
    // A wish in the middle of the reply, with the body going on under it.
    const long = reply('Hyvää joulua!', 'Maija', ...Array.from({ length: 9 }, (_, i) => `Rivi ${i + 1}`));
    expect(coached(long)).toContain('Maija');
    // Shouting under a wish that is followed by a sentence, not a name, is still hinted.
    const shout = analyze(reply('Hyvää joulua!', 'Muista, että sali on SULJETTU tapaninpäivänä.'), { lang: 'fi' });
    expect(shout.hints.map((h) => h.category)).toEqual(['shouting']);
  });
});
