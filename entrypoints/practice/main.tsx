/**
 * The practice inbox (an extension page; `npm start` opens it, and the background opens it once on install).
 * Content scripts do not run on extension pages, so the page runs the coach itself (components/practice/coach.tsx)
 * with the team ruleset and the writer's mutes as the background validated them.
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import './style.css';
import { PracticeApp, type PracticeApi, type Score } from '../../components/practice/App';
import { mountPageCoach } from '../../components/practice/coach';
import { practiceTickets } from '../../components/practice/tickets';
import { reportDraftStatus } from '../../components/popup/draft-reporter';
import { t } from '../../components/popup/i18n';
import { sendMessage } from '../../components/messaging';
import { pickUiLanguage } from '../../components/coach/i18n';
import { contentRulesetWithLayers, createAnalyzer } from '../../lib/content-engine';
import { rulesetLayers, type ActiveRuleset } from '../../lib/team/layers';

async function main() {
  let stored: unknown;
  try {
    stored = (await browser.storage.local.get('uiLanguage')).uiLanguage;
  } catch {
    // the browser's language
  }
  const lang = pickUiLanguage(stored, navigator.languages ?? [navigator.language]);
  document.documentElement.lang = lang;
  document.title = t(lang, 'practice_title');

  let active: ActiveRuleset | null = null;
  try {
    active = await sendMessage('getRuleset', undefined);
  } catch (e) {
    console.debug('Sävy: no team ruleset for practice', e);
  }
  let compiled;
  try {
    compiled = contentRulesetWithLayers(rulesetLayers(active));
  } catch (e) {
    console.debug('Sävy: team ruleset not usable here', e);
    compiled = contentRulesetWithLayers([]);
  }

  const { coach, abort } = mountPageCoach(document, {
    lang,
    compiled,
    mutedRules: active?.mutedRules ?? [],
    muteRule: (ruleId) => void sendMessage('muteRule', { ruleId, muted: true }).catch(() => undefined),
  });
  // The popup shows this page's draft like any other tab's.
  reportDraftStatus(coach, (s) => sendMessage('draftStatus', s), { host: location.host, signal: abort.signal });
  addEventListener('pagehide', () => abort.abort());

  const muted = new Set(active?.mutedRules ?? []);
  const analyze = (text: string): Score => {
    const a = createAnalyzer({ lang: 'auto', uiLanguage: lang }, compiled).analyze(text);
    return { language: a.language, steps: a.steps, hints: a.hints.filter((h) => !muted.has(h.ruleId)).length };
  };
  const api: PracticeApi = {
    save: (attempt) => sendMessage('historyPractice', attempt),
    progressUrl: browser.runtime.getURL('/progress.html'),
    now: () => Date.now(),
  };
  render(<PracticeApp api={api} lang={lang} coach={coach} tickets={practiceTickets(active?.team)} analyze={analyze} />, document.getElementById('app')!);
}
void main();
