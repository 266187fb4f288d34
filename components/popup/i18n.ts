/** UI text of the popup and the practice inbox (keys `popup_*`, `practice_*`): see components/i18n.ts. */
import { translate } from '../i18n';
import type { Language } from '../../lib/coaching';

export { formatDate } from '../i18n';
export const t = translate;

/** A language's name in the UI language, for "fi · Finnish". */
export function languageName(code: Language, lang: Language): string {
  return translate(lang, `practice_lang_${code}`);
}
