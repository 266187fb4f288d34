/**
 * The coach on an extension page (the practice inbox): content scripts do not run on extension pages, so the page
 * mounts the same `<savy-coach>` shadow root and the same `Coach` the content script does, with the same UI.
 */
import { render } from 'preact';
import type { Language } from '../../lib/coaching';
import { createAnalyzer } from '../../lib/content-engine';
import type { CompiledRuleset } from '../../lib/engine/compile';
import { Coach, type CoachHistory } from '../coach/controller';
import { App } from '../coach/ui/App';
import { COACH_CSS } from '../coach/ui/styles';

export interface PageCoachOptions {
  lang: Language;
  compiled: CompiledRuleset;
  mutedRules?: readonly string[];
  /** The policy locks personal mutes (ActiveRuleset.mutesLocked). */
  mutesLocked?: boolean;
  muteRule?(ruleId: string): void;
  debounceMs?: number;
  /** The personal history (the practice inbox reports under the host "practice"). */
  history?: CoachHistory;
}

export function mountPageCoach(doc: Document, options: PageCoachOptions): { coach: Coach; abort: AbortController } {
  const host = doc.createElement('savy-coach');
  host.setAttribute(
    'style',
    'all: initial; position: fixed; top: 0; left: 0; width: 0; height: 0; overflow: visible; z-index: 2147483647; display: block;',
  );
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = COACH_CSS;
  const mirrors = doc.createElement('div');
  const app = doc.createElement('div');
  shadow.append(style, mirrors, app);
  doc.documentElement.append(host);
  const abort = new AbortController();
  const { lang, compiled } = options;
  const coach = new Coach(
    {
      doc,
      uiLanguage: lang,
      createAnalyzer: () => createAnalyzer({ lang: 'auto', uiLanguage: lang }, compiled),
      mutedRules: new Set(options.mutedRules ?? []),
      mutesLocked: options.mutesLocked,
      muteRule: (id) => options.muteRule?.(id),
      mountUi(c) {
        render(<App coach={c} />, app);
        return mirrors;
      },
      debounceMs: options.debounceMs,
      history: options.history,
      onError: (e) => console.debug('Sävy:', e),
    },
    abort.signal,
  );
  abort.signal.addEventListener(
    'abort',
    () => {
      render(null, app);
      host.remove();
    },
    { once: true },
  );
  coach.start();
  return { coach, abort };
}
