/**
 * Sävy's coach in the page: built-in sites are declared here; writer and administrator sites get the same
 * script registered at run time (components/sites/background.ts). All frames, about:blank and srcdoc frames included.
 * The rulesets are not bundled here: the background answers `getRules` (components/coach/background.ts) the first
 * time a writing field gets focus; until then nothing but the focus listener runs.
 */
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { BUILT_IN_SITES } from '../../lib/sites';
import { Coach } from '../../components/coach/controller';
import { pickUiLanguage } from '../../lib/i18n';
import { coachShadowRoot } from '../../components/coach/ui/mount';
import { onMessage, sendMessage } from '../../components/messaging';
import { coachText } from '../../components/coach/text';
import type { CoachSettings } from '../../lib/protocol';
import { coachRulesFromBackground } from '../../components/coach/rules-client';
import { declareCategories } from '../../components/categories';
import { pageHost } from '../../components/history/coach-history';
import { connectPageCoach, followCoachUpdates, muteByMessage, pageHistory, type PageCoachWiring } from '../../components/coach/page-wiring';

export default defineContentScript({
  matches: [...BUILT_IN_SITES],
  allFrames: true,
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  async main(ctx) {
    if (!claimDocument(ctx)) return;
    try {
      await start(ctx);
    } catch (e) {
      console.debug('Sävy: not started here', e);
    }
  },
});

/**
 * One coach per document. The script may arrive twice in one document: the run-time registration and the
 * background's injection into tabs that were already open (components/sites/open-tabs.ts), or a one-click enable.
 * The first coach stays; a later copy does nothing. WXT's context would otherwise stop the older copy as the newer
 * one starts (and with it the writer's dismissed hints and open panel): the live coach swallows that "started"
 * event. A coach left behind by an updated or reloaded extension is no longer valid: it lets the event through, is
 * stopped, and the fresh copy takes over. The background's probe reads `__savyCoachAlive` too.
 */
function claimDocument(ctx: InstanceType<typeof ContentScriptContext>): boolean {
  const w = window as unknown as { __savyCoachAlive?: () => boolean };
  try {
    if (w.__savyCoachAlive?.()) return false;
  } catch {
    /* a coach of an extension context that is gone */
  }
  w.__savyCoachAlive = () => ctx.isValid;
  // WXT's name for that event (a static it keeps private in its types; checked end to end in tests/e2e/open-tabs.test.ts).
  const started = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string }).SCRIPT_STARTED_MESSAGE_TYPE;
  const keep = (e: Event) => {
    if (ctx.isValid) e.stopImmediatePropagation();
  };
  window.addEventListener(started, keep, { capture: true });
  ctx.onInvalidated(() => window.removeEventListener(started, keep, { capture: true }));
  return true;
}

async function start(ctx: InstanceType<typeof ContentScriptContext>): Promise<void> {
  // The coach's UI text comes from the extension's locale data (components/coach/text.ts): read it now, while the
  // extension context is surely there, rather than when a field first gets focus (a copy of the script left behind
  // by an updated extension keeps its text).
  coachText();
  // Asked, not read: storage.local is for Sävy's trusted contexts only (components/trusted-storage.ts).
  let settings: CoachSettings = { uiLanguage: null, historyStatus: null };
  try {
    settings = await sendMessage('coachSettings', undefined);
  } catch {
    /* defaults */
  }
  const uiLanguage = pickUiLanguage(settings.uiLanguage, navigator.languages ?? [navigator.language]);

  let coachRef: Coach | null = null;
  const abort = new AbortController();
  ctx.onInvalidated(() => abort.abort());
  // The badge, card and panel: <savy-coach>'s shadow root, put in the page when a writing field first gets focus.
  const ui = coachShadowRoot(document, abort.signal);

  // The rules: asked from the background the first time a field gets focus (createAnalyzer), then cached.
  // Until they arrive the coach shows no hints; then it reads the field again (components/coach/rules-client.ts).
  const rules = coachRulesFromBackground({
    // The team's own categories are named in the card and panel as its ruleset declares them.
    fetch: () => sendMessage('getRules', undefined).then((r) => (declareCategories(r?.ruleset?.categories), r)),
    uiLanguage,
    coach: () => coachRef,
    onError: (e) => console.debug('Sävy: rules', e),
  });

  // Personal history: hint events and one summary per reply, batched, redacted here (components/history/reporter.ts).
  const wiring: PageCoachWiring = {
    send: sendMessage,
    listen: onMessage,
    historyHost: pageHost(location, document.referrer),
    draftHost: location.hostname,
    win: window,
    signal: abort.signal,
    ready: () => rules.client.ready, // nothing to report while the rules are on their way
  };
  const history = pageHistory(wiring);
  const coach = new Coach(
    {
      doc: document,
      uiLanguage,
      createAnalyzer: rules.createAnalyzer,
      mutedRules: new Set(),
      muteRule: muteByMessage(sendMessage),
      mountUi: ui.mountUi,
      history: history.history,
      onError: (e) => console.debug('Sävy:', e),
    },
    abort.signal,
  );
  coachRef = coach;
  connectPageCoach(coach, history, settings.historyStatus, wiring);
  coach.start();

  // Told by the background (components/coach/background.ts) when the rules, the mutes or the history's status change.
  followCoachUpdates(history, () => rules.client.reload(), wiring);
}
