/** Sävy's options page: team ruleset status and source, muted rules, and the rule workbench. */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../components/ui/theme.css';
import './style.css';
import { OptionsApp, type OptionsApi } from '../../components/options/App';
import { startPage } from '../../components/i18n';
import { sendMessage } from '../../components/messaging';
import { historyRetentionItem, mutedRulesItem, teamStateItem, uiLanguageItem, writerSourceItem } from '../../components/storage';

const api: OptionsApi = {
  status: () => sendMessage('getRulesetStatus', undefined),
  checkNow: () => sendMessage('checkRulesetNow', undefined),
  setSource: (source) => sendMessage('setWriterRulesetSource', source),
  mute: (ruleId, muted) => sendMessage('muteRule', { ruleId, muted }),
  watch: (onChange) => {
    const listener = (changes: Record<string, unknown>, area: string) => {
      if (area === 'managed' || (area === 'local' && [teamStateItem, writerSourceItem, mutedRulesItem].some((item) => item.key in changes)))
        onChange();
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  },
  general: {
    async load() {
      return { uiLanguage: await uiLanguageItem.get(), retentionDays: await historyRetentionItem.get() };
    },
    async save(change) {
      if (change.uiLanguage === null) await uiLanguageItem.remove();
      else if (change.uiLanguage) await uiLanguageItem.set(change.uiLanguage);
      if (change.retentionDays) await historyRetentionItem.set(change.retentionDays);
    },
  },
};

void startPage(document, 'options_title', uiLanguageItem).then((lang) =>
  render(<OptionsApp api={api} lang={lang} />, document.getElementById('app')!),
);
