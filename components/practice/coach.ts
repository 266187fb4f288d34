/**
 * The coach on an extension page (the practice inbox): content scripts do not run on extension pages, so the page
 * mounts the same `<savy-coach>` shadow root (components/coach/ui/mount.tsx) and the same `Coach` the content
 * script does, with the same UI.
 */
import type { Language } from '../../lib/coaching';
import { createAnalyzer } from '../../lib/content-engine';
import type { CompiledRuleset } from '../../lib/engine/compile';
import { Coach, type CoachHistory } from '../coach/controller';
import { coachShadowRoot } from '../coach/ui/mount';

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
  const abort = new AbortController();
  const ui = coachShadowRoot(doc, abort.signal);
  const { lang, compiled } = options;
  const coach = new Coach(
    {
      doc,
      uiLanguage: lang,
      createAnalyzer: () => createAnalyzer({ lang: 'auto', uiLanguage: lang }, compiled),
      mutedRules: new Set(options.mutedRules ?? []),
      mutesLocked: options.mutesLocked,
      muteRule: (id) => options.muteRule?.(id),
      mountUi: ui.mountUi,
      debounceMs: options.debounceMs,
      history: options.history,
      onError: (e) => console.debug('Sävy:', e),
    },
    abort.signal,
  );
  coach.start();
  return { coach, abort };
}
