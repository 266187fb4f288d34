/** The in-page coach as the content script mounts it (components/coach/ui/mount.tsx), for happy-dom tests. */
import { Coach, type CoachDeps } from '../../components/coach/controller';
import { coachShadowRoot } from '../../components/coach/ui/mount';
import { contentRuleset, createAnalyzer } from '../../lib/content-engine';

export const flush = () => new Promise((r) => setTimeout(r, 0));

let abort: AbortController | undefined;

/** Puts `html` in the page and builds a coach over it (not started); `deps` replace the defaults. */
export function mountTestCoach(html: string, deps: Partial<CoachDeps> = {}) {
  document.body.innerHTML = html;
  abort = new AbortController();
  const ui = coachShadowRoot(document, abort.signal);
  const muted: string[] = [];
  const coach = new Coach(
    {
      doc: document,
      uiLanguage: 'en',
      createAnalyzer: () => createAnalyzer({ lang: 'auto', uiLanguage: 'en' }, contentRuleset()),
      mutedRules: new Set(),
      muteRule: (id) => muted.push(id),
      mountUi: ui.mountUi,
      debounceMs: 0,
      // happy-dom's events are never trusted; the default gate (event.isTrusted) has its own test.
      isTrusted: () => true,
      ...deps,
    },
    abort.signal,
  );
  return { coach, shadow: ui.shadow, muted, signal: abort.signal };
}

/** For afterEach: stops the coach (its element leaves the page with it). */
export function unmountTestCoach(): void {
  abort?.abort();
}
