/** Sävy's options page: team ruleset status and source, muted rules, and the rule workbench. */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import './style.css';
import { OptionsApp, type OptionsApi } from '../../components/options/App';
import { t, uiLanguage } from '../../components/options/i18n';
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
};

const lang = uiLanguage();
document.documentElement.lang = lang;
document.title = t('options_title');
render(<OptionsApp api={api} lang={lang} />, document.getElementById('app')!);
