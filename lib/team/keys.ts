/**
 * storage.local keys of the team ruleset, in a module of their own: the content script imports them without
 * layers.ts (which imports the bundled rulesets the content script must not carry).
 */
/** storage.local key of the ActiveRuleset the content script watches. */
export const ACTIVE_RULESET_KEY = 'savyActiveRuleset';
/** storage.local key of the team-ruleset state (last good + status). */
export const TEAM_STATE_KEY = 'savyTeamRuleset';
/** storage.local key of the writer's own source (URL or imported file), used when policy sets none. */
export const WRITER_SOURCE_KEY = 'savyTeamRulesetWriter';
/** storage.local key of the writer's muted rule ids (the same key the content script's "mute" writes). */
export const MUTED_RULES_KEY = 'mutedRules';
