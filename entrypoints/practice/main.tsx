/**
 * The practice inbox (an extension page; `npm start` opens it, and the background opens it once on install).
 * Content scripts do not run on extension pages, so the page runs the coach itself (components/practice/coach.ts)
 * with the rules in force as the background answers `getRules` (lib/rules.ts), like the coach in any page.
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../components/ui/theme.css';
import './style.css';
import { PracticeApp, type PracticeApi, type Score } from '../../components/practice/App';
import { mountPageCoach } from '../../components/practice/coach';
import { practiceTickets } from '../../components/practice/tickets';
import { translate } from '../../components/i18n';
import { onMessage, sendMessage } from '../../components/messaging';
import { pickUiLanguage } from '../../lib/i18n';
import { contentBundledRuleset, createAnalyzer } from '../../lib/content-engine';
import { compileRuleset } from '../../lib/engine/compile';
import { weakSteps } from '../../lib/engine/analyze';
import type { CoachRules } from '../../lib/protocol';
import { rulesInForce } from '../../lib/rules';
import { declareCategories } from '../../components/categories';
import { connectPageCoach, followCoachUpdates, muteByMessage, pageHistory, type PageCoachWiring } from '../../components/coach/page-wiring';
import { historyStatusItem, uiLanguageItem } from '../../components/storage';
import { PRACTICE_HOST } from '../../lib/history/today';

async function main() {
  const lang = pickUiLanguage(await uiLanguageItem.get(), navigator.languages ?? [navigator.language]);
  document.documentElement.lang = lang;
  document.title = translate(lang, 'practice_title');

  let rules = await askRules();
  let compiled = compileRuleset(rules.ruleset);
  // The team's own categories are named in the coach's card and panel as its ruleset declares them.
  declareCategories(rules.ruleset.categories);
  // Practice hint events and replies go to the history too, under the host "practice" (the progress page's site filter).
  const historyAbort = new AbortController();
  // The popup shows this page's draft like any other tab's.
  const wiring: PageCoachWiring = {
    send: sendMessage,
    listen: onMessage,
    historyHost: PRACTICE_HOST,
    draftHost: location.host,
    win: window,
    signal: historyAbort.signal,
  };
  const history = pageHistory(wiring);
  const { coach, abort } = mountPageCoach(document, {
    history: history.history,
    lang,
    compiled,
    mutedRules: rules.mutedRules,
    mutesLocked: rules.mutesLocked,
    muteRule: muteByMessage(sendMessage),
  });
  connectPageCoach(coach, history, await historyStatusItem.get(), wiring);
  abort.signal.addEventListener('abort', () => historyAbort.abort(), { once: true });
  addEventListener('pagehide', () => abort.abort());

  const analyze = (text: string): Score => {
    // Muted rules are disabled in the rules in force: they give no hints here either.
    const a = createAnalyzer({ lang: 'auto', uiLanguage: lang }, compiled).analyze(text);
    return { language: a.language, steps: a.steps, hints: a.hints.length, weak: weakSteps(a, a.hints) };
  };
  const api: PracticeApi = {
    save: (attempt) => sendMessage('historyPractice', attempt),
    progressUrl: browser.runtime.getURL('/progress.html'),
    now: () => Date.now(),
  };
  const app = document.getElementById('app')!;
  const draw = () => render(<PracticeApp api={api} lang={lang} coach={coach} tickets={practiceTickets(rules.ruleset)} analyze={analyze} />, app);
  draw();

  // A new team ruleset (or new mutes) while the page is open: new rules for the coach, the team's tickets listed. Told as
  // the content script is (one after the other, so the last rules asked are the ones that stay).
  let reloading = Promise.resolve();
  const reloadRules = async () => {
    rules = await askRules();
    compiled = compileRuleset(rules.ruleset);
    declareCategories(rules.ruleset.categories);
    coach.setMutes(rules.mutedRules, rules.mutesLocked);
    coach.setAnalyzerFactory(() => createAnalyzer({ lang: 'auto', uiLanguage: lang }, compiled));
    draw();
  };
  followCoachUpdates(history, () => void (reloading = reloading.then(reloadRules).catch((e) => console.debug('Sävy: rules', e))), wiring);
}

/** The rules in force from the background (`getRules`); the bundled rules alone if it cannot answer. */
async function askRules(): Promise<CoachRules> {
  try {
    return await sendMessage('getRules', undefined);
  } catch (e) {
    console.debug('Sävy: rules from the background', e);
    return rulesInForce(null, contentBundledRuleset);
  }
}
void main();
