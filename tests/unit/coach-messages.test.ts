import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { coachMessagesSource } from '../../scripts/coach-messages';
import { t } from '../../components/coach/i18n';
import { pickUiLanguage } from '../../lib/i18n';

describe('coach messages', () => {
  it('components/coach/messages.ts matches public/_locales (run: npx tsx scripts/coach-messages.ts)', () => {
    expect(readFileSync('components/coach/messages.ts', 'utf8')).toBe(coachMessagesSource());
  });

  it('has every string in fi, en and sv, and picks the language', () => {
    const keys = ['coachBadge', 'coachPanelTitle', 'coachApply', 'coachDismiss', 'coachMute', 'coachClose', 'coachApplyFailed'] as const;
    for (const lang of ['fi', 'en', 'sv'] as const) for (const k of keys) expect(t(lang, k, '3')).not.toBe(k);
    expect(t('fi', 'coachBadge', '3')).toContain('3');
    expect(pickUiLanguage('sv', ['fi-FI'])).toBe('sv');
    expect(pickUiLanguage(undefined, ['fi-FI', 'en'])).toBe('fi');
    expect(pickUiLanguage('de', ['de-DE'])).toBe('en');
  });
});
