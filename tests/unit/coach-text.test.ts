/**
 * The coach's UI text as the build writes it into the default locale (components/coach/text-locale.ts, wxt.config.ts)
 * reads back as the sources have it: every message, step and category name in fi, en and sv, "$1" and all. What
 * i18n.getMessage does with a message is imitated here ("$$" is a dollar sign, "$1"… and "$name$" are placeholders:
 * without substitutions, nothing); the entry has no "$" for it to touch.
 */
import { describe, expect, it } from 'vitest';
import { bundledCoachText } from '../../components/coach/text-bundled';
import { coachTextEntry, readCoachText } from '../../components/coach/text-locale';
import { CATEGORIES, STEPS } from '../../lib/coaching';
import { COACH_MESSAGES } from '../../components/coach/messages';

/** getMessage without substitutions, as Chromium and Firefox treat "$" in a message. */
const getMessage = (message: string) => message.replace(/\$(\$|\d|[A-Za-z0-9_@]+\$)/g, (_, m: string) => (m === '$' ? '$' : ''));

describe("the coach's text in the default locale", () => {
  it('reads back as the sources have it', () => {
    const entry = coachTextEntry(bundledCoachText());
    expect(entry.message).not.toContain('$');
    const text = readCoachText(getMessage(entry.message));
    expect(text).toEqual({ messages: COACH_MESSAGES, steps: STEPS, categories: CATEGORIES });
    expect(text.messages.fi.coachApply).toBe('Korvaa: ”$1”');
  });
});
