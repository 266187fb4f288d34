/**
 * The team ruleset's status in words a supervisor can act on, in the UI language. lib/ keeps the status as codes and
 * values (lib/team/state.ts `TeamState`, its `lastError` a `TeamError` code with the address, detail and counts);
 * the words are `team_*` in public/_locales, read through the one translation function (components/i18n.ts
 * `translate`). The options page and the popup show `describeStatus(state, lang)`.
 */
import type { Language } from '../../lib/coaching';
import { describeProblem } from '../../lib/ruleset/problems';
import type { TeamError, TeamState } from '../../lib/team/state';
import { type MessageKey, translate } from '../i18n';

function hostOf(location: string | undefined): string {
  try {
    return location ? new URL(location).host : '';
  } catch {
    return location ?? '';
  }
}

/** Each error's message and the values it names, in the order of its `$1`, `$2`. */
const ERRORS: Record<TeamError['code'], (e: TeamError, first: string) => [MessageKey, ...(string | number)[]]> = {
  'invalid-url': (e) => ['team_error_invalid_url', e.location ?? ''],
  'insecure-url': (e) => ['team_error_insecure_url', e.location ?? ''],
  'insecure-redirect': (e) => ['team_error_insecure_redirect', e.location ?? '', e.detail],
  redirect: (e) => ['team_error_redirect', e.location ?? '', e.detail],
  network: (e) => ['team_error_network', hostOf(e.location), e.detail],
  timeout: (e) => ['team_error_timeout', hostOf(e.location), e.detail],
  'not-found': (e) => ['team_error_not_found', e.location ?? '', e.status === undefined ? '' : String(e.status)],
  http: (e) => ['team_error_http', e.location ?? '', e.detail],
  'too-large': (e) => ['team_error_too_large', e.detail],
  'not-json': (e) => ['team_error_not_json', e.detail],
  invalid: (e, first) => ['team_error_invalid', e.count ?? 1, first],
  examples: (e, first) => ['team_error_examples', e.count ?? 1, first],
  unsigned: () => ['team_error_unsigned'],
  'bad-signature': () => ['team_error_bad_signature'],
  'bad-key': () => ['team_error_bad_key'],
  'old-signature': () => ['team_error_old_signature'],
  rollback: (e) => ['team_error_rollback', e.location ?? '', e.detail],
  'other-ruleset': (e) => ['team_error_other_ruleset', e.location ?? '', e.detail],
  'future-signature': (e) => ['team_error_future_signature', e.detail],
};

/** One error in words: what went wrong, what to do, and what stays in use. */
export function describeError(error: TeamError, state: Pick<TeamState, 'good'> | null, lang: Language): string {
  let first = '';
  // In the UI language and without JSON paths (the CLI keeps the English messages with paths).
  if (error.code === 'invalid' && error.problems?.length) first = describeProblem(error.problems[0], lang).replace(/\.$/, '');
  if (error.code === 'examples' && error.failures?.length) {
    const f = error.failures[0];
    first = translate(lang, f.expected === 'match' ? 'team_shouldFind' : 'team_shouldNot', f.ruleId, f.example);
  }
  if (!first) first = error.detail;
  const [key, ...values] = ERRORS[error.code](error, first);
  const good = state?.good;
  const kept = good ? translate(lang, 'team_kept', good.ruleset.name, good.ruleset.version) : translate(lang, 'team_noneKept');
  return `${translate(lang, key, ...values)} ${kept}`;
}

export interface StatusView {
  source: string;
  location?: string;
  /** "In use: …", or null when only the bundled rules are in use. */
  inUse: string | null;
  name?: string;
  version?: string;
  lastChecked: number | null;
  lastChanged: number | null;
  /** The last attempt's problem in words, or null when it succeeded. */
  error: string | null;
  errorAt: number | null;
  ok: boolean;
}

export function describeStatus(state: TeamState | null, lang: Language): StatusView {
  const s = state ?? { version: 1 as const, source: 'bundled' as const, good: null, lastChecked: null, lastError: null };
  const g = s.good;
  return {
    source: translate(lang, `team_source_${s.source}`),
    location: s.location,
    inUse: g
      ? translate(
          lang,
          'team_inForce',
          g.ruleset.name,
          g.ruleset.version,
          translate(lang, 'team_rules', g.ruleset.rules.length),
          g.verifiedWithKey ? translate(lang, 'team_signed') : '',
        )
      : null,
    name: g?.ruleset.name,
    version: g?.ruleset.version,
    lastChecked: s.lastChecked,
    lastChanged: g?.changedAt ?? null,
    error: s.lastError ? describeError(s.lastError, s, lang) : null,
    errorAt: s.lastError?.at ?? null,
    ok: !s.lastError,
  };
}
