/**
 * Sävy's coach in the page: built-in sites are declared here; writer and administrator sites get the same
 * script registered at run time (components/sites/background.ts). All frames, about:blank and srcdoc frames included.
 * The rulesets are not bundled here: the background answers `getRules` (components/coach/background.ts) the first
 * time a writing field gets focus; until then nothing but the focus listener runs.
 */
import { render } from 'preact';
import { BUILT_IN_SITES } from '../../lib/sites';
import { Coach } from '../../components/coach/controller';
import { pickUiLanguage } from '../../components/coach/i18n';
import { App } from '../../components/coach/ui/App';
import { COACH_CSS } from '../../components/coach/ui/styles';
import { reportDraftStatus } from '../../components/popup/draft-reporter';
import { onMessage, sendMessage } from '../../components/messaging';
import type { CoachSettings } from '../../lib/protocol';
import { coachRulesFromBackground } from '../../components/coach/rules-client';
import { linkHistory, pageHost } from '../../components/history/coach-history';

export default defineContentScript({
  matches: [...BUILT_IN_SITES],
  allFrames: true,
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  async main(ctx) {
    const w = window as unknown as { __savyCoach?: boolean };
    if (w.__savyCoach) return; // injected twice (registration + one-click enable): one coach per document
    w.__savyCoach = true;
    ctx.onInvalidated(() => (w.__savyCoach = false)); // an updated extension may inject a fresh coach
    try {
      await start(ctx);
    } catch (e) {
      console.debug('Sävy: not started here', e);
    }
  },
});

async function start(ctx: InstanceType<typeof ContentScriptContext>): Promise<void> {
  // Asked, not read: storage.local is for Sävy's trusted contexts only (components/trusted-storage.ts).
  let settings: CoachSettings = { uiLanguage: null, historyStatus: null };
  try {
    settings = await sendMessage('coachSettings', undefined);
  } catch {
    /* defaults */
  }
  const uiLanguage = pickUiLanguage(settings.uiLanguage, navigator.languages ?? [navigator.language]);

  let coachRef: Coach | null = null;
  let mirrors: HTMLElement | null = null;
  const ui = await createShadowRootUi(ctx, {
    name: 'savy-coach',
    mode: 'open',
    position: 'inline',
    anchor: () => document.documentElement,
    append: 'last',
    inheritStyles: true,
    isolateEvents: true,
    css: COACH_CSS,
    onMount(container, _shadow, host) {
      host.setAttribute(
        'style',
        'all: initial; position: fixed; top: 0; left: 0; width: 0; height: 0; overflow: visible; z-index: 2147483647; display: block;',
      );
      mirrors = document.createElement('div');
      const app = document.createElement('div');
      container.append(mirrors, app);
      render(<App coach={coachRef!} />, app);
      return app;
    },
    onRemove(app) {
      if (app) render(null, app);
    },
  });

  const abort = new AbortController();
  ctx.onInvalidated(() => abort.abort());

  // The rules: asked from the background the first time a field gets focus (createAnalyzer), then cached.
  // Until they arrive the coach shows no hints; then it reads the field again (components/coach/rules-client.ts).
  const rules = coachRulesFromBackground({
    fetch: () => sendMessage('getRules', undefined),
    uiLanguage,
    coach: () => coachRef,
    onError: (e) => console.debug('Sävy: rules', e),
  });

  // Personal history: hint events and one summary per reply, batched, redacted here (components/history/reporter.ts).
  const history = linkHistory(
    {
      host: pageHost(location, document.referrer),
      send: { events: (events) => sendMessage('historyEvents', events), reply: (reply) => sendMessage('historyReply', reply) },
      told: () => sendMessage('historyStatusTold', undefined),
      win: window,
      signal: abort.signal,
    },
    () => rules.client.ready, // nothing to report while the rules are on their way
  );
  const coach = new Coach(
    {
      doc: document,
      uiLanguage,
      createAnalyzer: rules.createAnalyzer,
      mutedRules: new Set(),
      // Through the background, which refuses when policy locks mutes and publishes the new active ruleset.
      muteRule: (ruleId) => void sendMessage('muteRule', { ruleId, muted: true }).catch(() => undefined),
      mountUi(c) {
        coachRef = c;
        if (!ui.mounted) ui.mount();
        return mirrors!;
      },
      history: history.history,
      onError: (e) => console.debug('Sävy:', e),
    },
    abort.signal,
  );
  coachRef = coach;
  history.connect(coach);
  history.status(settings.historyStatus);
  coach.start();
  // The popup's five steps for this tab's draft (debounced; null when the field goes away).
  reportDraftStatus(coach, (status) => sendMessage('draftStatus', status), { host: location.hostname, signal: abort.signal });

  // Told by the background (components/coach/background.ts) when the rules, the mutes or the history's status change.
  const stopUpdates = onMessage('coachUpdate', ({ data }) => {
    try {
      if (data && 'historyStatus' in data) history.status(data.historyStatus);
      if (data?.rules) rules.client.reload(); // the mutes come with the rules (getRules)
    } catch (e) {
      console.debug('Sävy:', e);
    }
  });
  abort.signal.addEventListener('abort', stopUpdates, { once: true });
}
