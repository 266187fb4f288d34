/**
 * The writer's mutes as the coach in a page applies them: from the active ruleset the background publishes
 * (lib/team/layers.ts `ActiveRuleset`, components/team/background.ts), never from the muted-rules key directly,
 * so the administrator's `lockPersonalMutes` applies: when locked, nothing is hidden as muted and the coach
 * does not offer "Don't show this rule again". Accepts anything read from storage or a message.
 */
export interface CoachMutes {
  muted: string[];
  locked: boolean;
}

export function mutesFromActive(active: unknown): CoachMutes {
  const a = active && typeof active === 'object' ? (active as { mutedRules?: unknown; mutesLocked?: unknown }) : {};
  const locked = a.mutesLocked === true;
  const muted = !locked && Array.isArray(a.mutedRules) ? a.mutedRules.filter((r): r is string => typeof r === 'string' && r.length > 0) : [];
  return { muted, locked };
}
