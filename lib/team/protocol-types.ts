/** Types of the team-ruleset messages in lib/protocol.ts. */
import type { ActiveRuleset } from './layers';
import type { PolicyProblem } from './policy';
import type { TeamState } from './state';

export type { ActiveRuleset };

export type WriterSourceInput = { url: string } | { file: { name: string; text: string } };

export interface TeamRulesetInfo {
  state: TeamState | null;
  policy: {
    /** The administrator set rulesetUrl: the writer cannot choose a source. */
    rulesetUrl?: string;
    refreshMinutes: number;
    /** A signature is required (the policy has rulesetPublicKey, whatever its value). */
    publicKeySet: boolean;
    lockPersonalMutes: boolean;
    problems: PolicyProblem[];
  };
  /** The writer's own source, when any (the file's name only, not its text). */
  writer: { url?: string; fileName?: string } | null;
  mutedRules: string[];
}
