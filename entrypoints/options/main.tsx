/** Sävy's options page: team ruleset status and source, muted rules, and the rule workbench. */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../components/ui/theme.css';
import './style.css';
import { OptionsApp, type OptionsApi } from '../../components/options/App';
import { startPage, UI_LANGUAGE_KEY } from '../../components/i18n';
import { isLanguage } from '../../lib/coaching';
import { RETENTION_KEY, retentionDays } from '../../lib/history/settings';
import { sendMessage } from '../../components/messaging';
import { MUTED_RULES_KEY, TEAM_STATE_KEY, WRITER_SOURCE_KEY } from '../../lib/team/layers';

const api: OptionsApi = {
  status: () => sendMessage('getRulesetStatus', undefined),
  checkNow: () => sendMessage('checkRulesetNow', undefined),
  setSource: (source) => sendMessage('setWriterRulesetSource', source),
  mute: (ruleId, muted) => sendMessage('muteRule', { ruleId, muted }),
  watch: (onChange) => {
    const listener = (changes: Record<string, unknown>, area: string) => {
      if (area === 'managed' || (area === 'local' && (TEAM_STATE_KEY in changes || WRITER_SOURCE_KEY in changes || MUTED_RULES_KEY in changes))) onChange();
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  },
  general: {
    async load() {
      const stored = await browser.storage.local.get([UI_LANGUAGE_KEY, RETENTION_KEY]);
      const lang = stored[UI_LANGUAGE_KEY];
      return { uiLanguage: isLanguage(lang) ? lang : null, retentionDays: retentionDays(stored[RETENTION_KEY]) };
    },
    async save(change) {
      if (change.uiLanguage === null) await browser.storage.local.remove(UI_LANGUAGE_KEY);
      else if (change.uiLanguage) await browser.storage.local.set({ [UI_LANGUAGE_KEY]: change.uiLanguage });
      if (change.retentionDays) await browser.storage.local.set({ [RETENTION_KEY]: change.retentionDays });
    },
  },
};

void startPage(document, 'options_title', browser.storage.local).then((lang) =>
  render(<OptionsApp api={api} lang={lang} />, document.getElementById('app')!),
);
