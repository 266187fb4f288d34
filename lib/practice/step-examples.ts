/**
 * Two example phrases per step of the five-step model (../../../shared/COACHING.md), per language, for the popup
 * and the practice inbox. Each one is a phrase the engine itself counts for its step, with no hint (a test checks).
 */
import type { Language, StepId } from '../coaching';

export const STEP_EXAMPLES: Record<StepId, Record<Language, readonly [string, string]>> = {
  greet: {
    fi: ['Hei Maija,', 'Hei Jenna, ja kiitos viestistäsi.'],
    en: ['Hi Sam,', 'Hello Ms Jones,'],
    sv: ['Hej Anna,', 'Hej Erik,'],
  },
  thank: {
    fi: ['Hyvä, että otit asian puheeksi.', 'Kiitos, kun kerroit tästä.'],
    en: ['Thank you for letting us know.', 'Thanks for raising this with us.'],
    sv: ['Tack för att du hörde av dig.', 'Tack för att du berättade om det här.'],
  },
  empathize: {
    fi: ['Todella kurja tilanne.', 'Ymmärrän, että tämä on harmillista.'],
    en: ['I understand how frustrating this is.', 'That sounds really stressful.'],
    sv: ['Jag förstår att det här är besvärligt.', 'Det låter verkligen jobbigt.'],
  },
  apologize: {
    fi: ['Pahoittelen, että päätös viivästyi.', 'Olen pahoillani, että jouduit odottamaan.'],
    en: ["I'm sorry we missed this.", "I'm sorry that you had to wait so long."],
    sv: ['Jag ber om ursäkt för förseningen.', 'Förlåt att du har fått vänta.'],
  },
  'next-steps': {
    fi: ['Käsittelemme hakemuksesi perjantaihin 28.11. mennessä ja ilmoitamme sinulle.', 'Soitan sinulle huomenna klo 10 mennessä.'],
    en: ['You will hear from me by Friday 28 November.', 'I will call you tomorrow before 10 am.'],
    sv: ['Du får svar senast fredag.', 'Jag ringer dig i morgon före klockan 10.'],
  },
};
