/**
 * Sävy's coach in the page: built-in sites are declared here; writer and administrator sites get the same
 * script registered at run time (components/sites/background.ts). All frames, about:blank and srcdoc frames included.
 */
import { render } from 'preact';
import { contentRulesetWithLayers, createAnalyzer } from '../../lib/content-engine';
import { ACTIVE_RULESET_KEY, rulesetLayers, type ActiveRuleset } from '../../lib/team/layers';
import { BUILT_IN_SITES } from '../../lib/sites';
import { Coach } from '../../components/coach/controller';
import { pickUiLanguage } from '../../components/coach/i18n';
import { App } from '../../components/coach/ui/App';
import { COACH_CSS } from '../../components/coach/ui/styles';
import { reportDraftStatus } from '../../components/popup/draft-reporter';
import { sendMessage } from '../../components/messaging';
import { mutesFromActive } from '../../components/coach/mutes';
import { linkHistory, pageHost } from '../../components/history/coach-history';
import { STATUS_KEY } from '../../lib/history/settings';

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
  let stored: Record<string, unknown> = {};
  try {
    stored = await browser.storage.local.get(['uiLanguage', ACTIVE_RULESET_KEY, STATUS_KEY]);
  } catch {
    /* defaults */
  }
  const uiLanguage = pickUiLanguage(stored.uiLanguage, navigator.languages ?? [navigator.language]);
  // The writer's mutes as the background publishes them in the active ruleset (components/team/background.ts):
  // empty, and "don't show again" not offered, when the administrator's policy locks mutes.
  const mutes = mutesFromActive(stored[ACTIVE_RULESET_KEY]);
  // The team ruleset and the writer's mutes, as the background validated and stored them (lib/team/layers.ts).
  const compile = (active: unknown) => {
    try {
      return contentRulesetWithLayers(rulesetLayers(active as ActiveRuleset | null));
    } catch (e) {
      console.debug('Sävy: team ruleset not usable here', e);
      return contentRulesetWithLayers([]);
    }
  };
  let compiled = compile(stored[ACTIVE_RULESET_KEY]);

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
  // Personal history: hint events and one summary per reply, batched, redacted here (components/history/reporter.ts).
  const history = linkHistory({
    host: pageHost(location, document.referrer),
    send: { events: (events) => sendMessage('historyEvents', events), reply: (reply) => sendMessage('historyReply', reply) },
    told: () => sendMessage('historyStatusTold', undefined),
    win: window,
    signal: abort.signal,
  });
  const coach = new Coach(
    {
      doc: document,
      uiLanguage,
      createAnalyzer: () => createAnalyzer({ lang: 'auto', uiLanguage }, compiled),
      mutedRules: new Set(mutes.muted),
      mutesLocked: mutes.locked,
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
  history.connect(coach);
  history.status(stored[STATUS_KEY]);
  coach.start();
  // The popup's five steps for this tab's draft (debounced; null when the field goes away).
  reportDraftStatus(coach, (status) => sendMessage('draftStatus', status), { host: location.hostname, signal: abort.signal });

  const onStorage = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local') return;
    if (STATUS_KEY in changes) history.status(changes[STATUS_KEY].newValue);
    if (!(ACTIVE_RULESET_KEY in changes)) return;
    try {
      const next = mutesFromActive(changes[ACTIVE_RULESET_KEY].newValue);
      coach.setMutes(next.muted, next.locked);
      compiled = compile(changes[ACTIVE_RULESET_KEY].newValue);
      coach.setAnalyzerFactory(() => createAnalyzer({ lang: 'auto', uiLanguage }, compiled));
    } catch (e) {
      console.debug('Sävy:', e);
    }
  };
  browser.storage.onChanged.addListener(onStorage);
  abort.signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(onStorage), { once: true });
}
