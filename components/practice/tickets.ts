/**
 * The practice inbox's tickets: the bundled ones (lib/practice/tickets.json, validated by PracticeTicketSchema in
 * tests/unit/practice-tickets.test.ts) and, when a team ruleset is in force, its `practice` tickets first (a team
 * ticket with a bundled ticket's id replaces it).
 */
import bundledJson from '../../lib/practice/tickets.json';
import type { Language } from '../../lib/coaching';
import type { PracticeTicket, Ruleset } from '../../lib/ruleset/schema';

export interface PracticeItem extends PracticeTicket {
  /** From the team ruleset. */
  team: boolean;
}

const BUNDLED = bundledJson as unknown as PracticeTicket[];

export function practiceTickets(team: Pick<Ruleset, 'practice'> | null | undefined): PracticeItem[] {
  const fromTeam = (Array.isArray(team?.practice) ? team.practice : []).map((p) => ({ ...p, kind: p.kind ?? 'complaint', team: true }));
  const ids = new Set(fromTeam.map((p) => p.id));
  return [...fromTeam, ...BUNDLED.filter((p) => !ids.has(p.id)).map((p) => ({ ...p, team: false }))];
}

export interface TicketFilter {
  language: Language | '';
  setting: string;
}

export function filterTickets(items: readonly PracticeItem[], f: TicketFilter): PracticeItem[] {
  return items.filter((p) => (!f.language || p.language === f.language) && (!f.setting || p.setting === f.setting));
}

export function settingsOf(items: readonly PracticeItem[]): string[] {
  return [...new Set(items.map((p) => p.setting).filter((s): s is string => !!s))].sort();
}
