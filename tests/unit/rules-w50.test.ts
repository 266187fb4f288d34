/**
 * w50: faults left by round 7, each a class of wording (issue w50-fixes): an acronym in a noun phrase is no shouting.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/index';
import { describeClasses, type WordingClass } from './rule-classes';

const capitals: WordingClass[] = [
  {
    name: 'one word in capitals that no rule knows, between a determiner and a noun, is an acronym, not shouting',
    language: 'en',
    category: 'shouting',
    finds: [
      'PLEASE NOTE that the office is closed on Friday.',
      'The invoice must be paid BEFORE the due date.',
      'This is the FINAL reminder before we close the account.',
      'Your flight was subject to an IRROPS EVENT and you were moved.',
      'Light fares are NON-REFUNDABLE. You can still move your booking.',
    ],
    leaves: [
      'Your flight was subject to an IRROPS event and you were auto-reaccommodated.',
      'The IRROPS desk rebooked you on the next flight, which leaves at 14.05.',
      'Your NBNCO connection was moved to the new exchange on Monday.',
    ],
  },
  {
    name: 'the same in Swedish: after "en", "ett", a possessive',
    language: 'sv',
    category: 'shouting',
    finds: ['Fakturan ska vara BETALD senast den 31 mars.', 'Vi STÄNGER kl. 17.00, inte 17.15.', 'Vattnet är AVSTÄNGT kl. 8–16.'],
    leaves: ['Ärendet gäller en IRROPS händelse på er resa.', 'Styrelsen i vår BOSTADSRF förening har beslutat om avgiften.'],
  },
  {
    name: 'Finnish shouting stays shouting',
    language: 'fi',
    category: 'shouting',
    finds: [
      'EI OLE MAHDOLLISTA saada hyvitystä tästä tilauksesta.',
      'Jäädytys on tehtävä VIIMEISTÄÄN seitsemän päivää ennen veloitusta.',
      'Astia on TYHJENNETTY aikataulun mukaan koko syksyn.',
    ],
    leaves: ['Lennon IRROPS-tilanteen vuoksi lippunne on vaihdettu.'],
  },
];
describeClasses('w50: an acronym in a noun phrase is not shouting', capitals);

describe('w50: an acronym is not put in small letters', () => {
  it('offers no rewrite that writes "IRROPS" in small letters', () => {
    const text = 'Your flight was subject to an IRROPS event and you were moved to the next flight.';
    const a = analyze(text, { lang: 'en' });
    expect(a.hints.filter((h) => h.text.includes('IRROPS'))).toEqual([]);
  });
});
