/**
 * The writer's mutes as the coach in a page applies them: from the active ruleset the background publishes
 * (lib/team/layers.ts `ActiveRuleset`, components/team/background.ts), never from the muted-rules key directly,
 * so the administrator's `lockPersonalMutes` applies: when locked, nothing is hidden as muted and the coach
 * does not offer "Don't show this rule again". Accepts anything read from storage or a message.
 */
import { parseActiveRuleset } from '../../lib/team/layers';

export interface CoachMutes {
  muted: string[];
  locked: boolean;
}

export function mutesFromActive(active: unknown): CoachMutes {
  const a = parseActiveRuleset(active);
  return { muted: a?.mutedRules ?? [], locked: a?.mutesLocked ?? false };
}
