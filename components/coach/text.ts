/**
 * The coach's UI text where it runs (the content script, the practice inbox): read once from the extension's
 * default locale, where the build put it (components/coach/text-locale.ts), so that the content script does not
 * bundle it. The unit tests give it the bundled text (`setCoachText`, tests/unit/setup.ts).
 */
import { browser } from 'wxt/browser';
import { COACH_TEXT_KEY, readCoachText, type CoachText } from './text-locale';

let text: CoachText | undefined;

export function coachText(): CoachText {
  // A key the build adds (wxt.config.ts), so not among the typed keys of public/_locales.
  return (text ??= readCoachText(browser.i18n.getMessage(COACH_TEXT_KEY as never)));
}

/** Uses this text instead (tests: components/coach/text-bundled.ts). */
export function setCoachText(given: CoachText): void {
  text = given;
}
