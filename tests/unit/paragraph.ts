/**
 * A paragraph read as it stands in a reply (with a greeting above and a sign-off below), for the rewrite tests:
 * what each rewrite makes of it, and which words a rule hints.
 */
import { analyze, type Hint, type Language } from '../../lib/index';

const GREETING = { fi: 'Hei,\n\n', en: 'Hi,\n\n', sv: 'Hej,\n\n' } as const;
const SIGN_OFF = { fi: '\n\nTerveisin\nMaija', en: '\n\nBest,\nKim', sv: '\n\nHälsningar\nKim' } as const;

/** The reply around `paragraph` and Sävy's analysis of it. */
export function inReply(paragraph: string, lang: Language): { text: string; hints: Hint[] } {
  const text = GREETING[lang] + paragraph + SIGN_OFF[lang];
  return { text, hints: analyze(text, { lang }).hints };
}

/**
 * The paragraph `paragraph` after each rewrite that `ruleId` (or a hint of the category `ruleId`) offers on it (in a
 * reply with a greeting and a sign-off).
 */
export function rewritten(paragraph: string, lang: Language, ruleId: string): string[] {
  const { text, hints } = inReply(paragraph, lang);
  const out: string[] = [];
  for (const h of hints) {
    if (h.ruleId !== ruleId && h.category !== ruleId) continue;
    for (const s of h.suggestions) out.push((text.slice(0, h.start) + s + text.slice(h.end)).slice(GREETING[lang].length, -SIGN_OFF[lang].length));
  }
  return out;
}

/** The words `ruleId` hints in the paragraph. */
export function hintedWords(paragraph: string, lang: Language, ruleId: string): string[] {
  return inReply(paragraph, lang)
    .hints.filter((h) => h.ruleId === ruleId)
    .map((h) => h.text);
}
