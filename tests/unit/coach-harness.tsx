/** The in-page coach as the content script mounts it, for happy-dom tests: one <savy-coach> with an open shadow root. */
import { render } from 'preact';
import { Coach, type CoachDeps } from '../../components/coach/controller';
import { App } from '../../components/coach/ui/App';
import { contentRuleset, createAnalyzer } from '../../lib/content-engine';

export const flush = () => new Promise((r) => setTimeout(r, 0));

let abort: AbortController | undefined;

/** Puts `html` in the page and builds a coach over it (not started); `deps` replace the defaults. */
export function mountTestCoach(html: string, deps: Partial<CoachDeps> = {}) {
  document.body.innerHTML = html;
  const host = document.createElement('savy-coach');
  document.documentElement.appendChild(host);
  const shadow = host.attachShadow({ mode: 'open' });
  const mirrors = document.createElement('div');
  const app = document.createElement('div');
  shadow.append(mirrors, app);
  abort = new AbortController();
  const muted: string[] = [];
  const coach = new Coach(
    {
      doc: document,
      uiLanguage: 'en',
      createAnalyzer: () => createAnalyzer({ lang: 'auto', uiLanguage: 'en' }, contentRuleset()),
      mutedRules: new Set(),
      muteRule: (id) => muted.push(id),
      mountUi: (c) => {
        render(<App coach={c} />, app);
        return mirrors;
      },
      debounceMs: 0,
      // happy-dom's events are never trusted; the default gate (event.isTrusted) has its own test.
      isTrusted: () => true,
      ...deps,
    },
    abort.signal,
  );
  return { coach, shadow, muted, signal: abort.signal };
}

/** For afterEach: stops the coach and removes its element. */
export function unmountTestCoach(): void {
  abort?.abort();
  document.documentElement.querySelector('savy-coach')?.remove();
}
