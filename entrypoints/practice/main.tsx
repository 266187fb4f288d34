/**
 * The practice inbox (an extension page; `npm start` opens it, and the background opens it once on install).
 * Content scripts do not run on extension pages, so the page runs the coach itself (components/practice/coach.tsx)
 * with the team ruleset and the writer's mutes as the background validated them.
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../components/ui/theme.css';
import './style.css';
import { PracticeApp, type PracticeApi, type Score } from '../../components/practice/App';
import { mountPageCoach } from '../../components/practice/coach';
import { practiceTickets } from '../../components/practice/tickets';
import { reportDraftStatus } from '../../components/popup/draft-reporter';
import { t } from '../../components/popup/i18n';
import { sendMessage } from '../../components/messaging';
import { pickUiLanguage } from '../../components/coach/i18n';
import { contentRulesetWithLayers, createAnalyzer } from '../../lib/content-engine';
import { ACTIVE_RULESET_KEY, rulesetLayers, type ActiveRuleset } from '../../lib/team/layers';
import type { CompiledRuleset } from '../../lib/engine/compile';
import { weakSteps } from '../../lib/engine/analyze';
import { mutesFromActive } from '../../components/coach/mutes';
import { declareCategories } from '../../components/categories';
import { linkHistory } from '../../components/history/coach-history';
import { STATUS_KEY } from '../../lib/history/settings';
import { PRACTICE_HOST } from '../../lib/history/today';

async function main() {
  // The team ruleset as the background validated and stored it (what the content script reads too): no waiting
  // for the background, which may still be reading managed storage right after the browser starts.
  let stored: Record<string, unknown> = {};
  try {
    stored = await browser.storage.local.get(['uiLanguage', ACTIVE_RULESET_KEY, STATUS_KEY]);
  } catch {
    // defaults: the browser's language, the bundled rules
  }
  const lang = pickUiLanguage(stored.uiLanguage, navigator.languages ?? [navigator.language]);
  document.documentElement.lang = lang;
  document.title = t(lang, 'practice_title');

  let active = asActive(stored[ACTIVE_RULESET_KEY]);
  let compiled = compile(active);
  // The team's own categories are named in the coach's card and panel as its ruleset declares them.
  declareCategories(active?.team?.categories);
  // Practice hint events and replies go to the history too, under the host "practice" (the progress page's site filter).
  const historyAbort = new AbortController();
  const history = linkHistory({
    host: PRACTICE_HOST,
    send: { events: (events) => sendMessage('historyEvents', events), reply: (reply) => sendMessage('historyReply', reply) },
    told: () => sendMessage('historyStatusTold', undefined),
    win: window,
    signal: historyAbort.signal,
  });
  const { coach, abort } = mountPageCoach(document, {
    history: history.history,
    lang,
    compiled,
    mutedRules: mutesFromActive(active).muted,
    mutesLocked: mutesFromActive(active).locked,
    muteRule: (ruleId) => void sendMessage('muteRule', { ruleId, muted: true }).catch(() => undefined),
  });
  // The popup shows this page's draft like any other tab's.
  reportDraftStatus(coach, (s) => sendMessage('draftStatus', s), { host: location.host, signal: abort.signal });
  history.connect(coach);
  history.status(stored[STATUS_KEY]);
  abort.signal.addEventListener('abort', () => historyAbort.abort(), { once: true });
  addEventListener('pagehide', () => abort.abort());

  const analyze = (text: string): Score => {
    const muted = new Set(mutesFromActive(active).muted);
    const a = createAnalyzer({ lang: 'auto', uiLanguage: lang }, compiled).analyze(text);
    const open = a.hints.filter((h) => !muted.has(h.ruleId));
    return { language: a.language, steps: a.steps, hints: open.length, weak: weakSteps(a, open) };
  };
  const api: PracticeApi = {
    save: (attempt) => sendMessage('historyPractice', attempt),
    progressUrl: browser.runtime.getURL('/progress.html'),
    now: () => Date.now(),
  };
  const app = document.getElementById('app')!;
  const draw = () => render(<PracticeApp api={api} lang={lang} coach={coach} tickets={practiceTickets(active?.team)} analyze={analyze} />, app);
  draw();

  // A new team ruleset (or new mutes) while the page is open: new rules for the coach, the team's tickets listed.
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local') return;
    if (STATUS_KEY in changes) history.status(changes[STATUS_KEY].newValue);
    if (!(ACTIVE_RULESET_KEY in changes)) return;
    active = asActive(changes[ACTIVE_RULESET_KEY].newValue);
    compiled = compile(active);
    declareCategories(active?.team?.categories);
    coach.setMutes(mutesFromActive(active).muted, mutesFromActive(active).locked);
    coach.setAnalyzerFactory(() => createAnalyzer({ lang: 'auto', uiLanguage: lang }, compiled));
    draw();
  });
}

function asActive(v: unknown): ActiveRuleset | null {
  return v && typeof v === 'object' ? (v as ActiveRuleset) : null;
}

function compile(active: ActiveRuleset | null): CompiledRuleset {
  try {
    return contentRulesetWithLayers(rulesetLayers(active));
  } catch (e) {
    console.debug('Sävy: team ruleset not usable here', e);
    return contentRulesetWithLayers([]);
  }
}
void main();
