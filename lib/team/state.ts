/**
 * The team ruleset's last-good state machine. A candidate ruleset (fetched, or a file the writer imported)
 * must parse, verify (when the policy sets a key), validate and pass its own embedded examples; only then
 * does it replace the one in force. Anything else records an error and leaves the last good ruleset in force.
 *
 * Pure: fetch, clock, crypto and storage are injected. The background persists the state in
 * `chrome.storage.local` (components/team/background.ts), so a browser restart keeps the last good ruleset.
 */
import { ExamplesTooCostly, testRuleset, type ExampleFailure } from '../ruleset/examples';
import type { LanguageData } from '../ruleset/merge';
import { validateRuleset, type Ruleset, type RulesetProblem } from '../ruleset/schema';
import { fetchRulesetText, type FetchFn } from './fetch';
import { checkRulesetUrl, type Policy } from './policy';
import { canonicalJson, unwrapRuleset, verifySignedRuleset, type SignedRuleset } from './signature';

export type Source = 'bundled' | 'policy' | 'url' | 'file';

export type ErrorCode =
  | 'invalid-url'
  | 'insecure-url'
  | 'insecure-redirect'
  | 'redirect'
  | 'network'
  | 'timeout'
  | 'not-found'
  | 'http'
  | 'too-large'
  | 'not-json'
  | 'invalid'
  | 'examples'
  | 'unsigned'
  | 'bad-signature'
  | 'bad-key'
  | 'old-signature'
  | 'rollback'
  | 'other-ruleset'
  | 'future-signature';

export interface TeamError {
  code: ErrorCode;
  /** Technical detail (English), for the supervisor's IT contact. */
  detail: string;
  at: number;
  source: Source;
  /** The address or file name the failed candidate came from. */
  location?: string;
  status?: number;
  /** The first few schema problems (code "invalid") and their total. */
  problems?: RulesetProblem[];
  /** The first few failing examples (code "examples") and their total. */
  failures?: ExampleFailure[];
  count?: number;
}

export interface GoodRuleset {
  ruleset: Ruleset;
  source: Exclude<Source, 'bundled'>;
  location: string;
  etag?: string;
  /** The public key it was verified with, when the policy set one. */
  verifiedWithKey?: string;
  /**
   * When it was signed (ms), when it was verified: a later ruleset from the same place with the same key must
   * have been signed after it, and have the same id (issue 10: rollback and substitution).
   */
  issuedAt?: number;
  /**
   * The ruleset and signature as they were verified (the file's own JSON, before defaults): a stored ruleset
   * that says it was verified is verified again whenever it is read (loadState), so nothing written into the
   * extension's storage by other means can pass for a signed ruleset.
   */
  signed?: SignedRuleset;
  /** Last time the source confirmed this content (200 with the same content, or 304). */
  checkedAt: number;
  /** When this content came into force. */
  changedAt: number;
}

export interface TeamState {
  version: 1;
  /** The source configured now (policy URL, the writer's URL or file, or none: bundled rules only). */
  source: Source;
  location?: string;
  good: GoodRuleset | null;
  lastChecked: number | null;
  lastError: TeamError | null;
}

export function emptyState(): TeamState {
  return { version: 1, source: 'bundled', good: null, lastChecked: null, lastError: null };
}

/** What the writer set in options; used only when the policy sets no rulesetUrl. */
export interface WriterSource {
  url?: string;
  file?: { name: string; text: string };
}

export type Configured =
  | { source: 'policy'; url: string }
  | { source: 'url'; url: string }
  | { source: 'file'; name: string; text: string }
  | { source: 'bundled' };

export function configuredSource(policy: Policy, writer: WriterSource | null | undefined): Configured {
  if (policy.rulesetUrl) return { source: 'policy', url: policy.rulesetUrl };
  if (writer?.url) return { source: 'url', url: writer.url };
  if (writer?.file) return { source: 'file', name: writer.file.name, text: writer.file.text };
  return { source: 'bundled' };
}

export type Evaluation =
  | { ok: true; ruleset: Ruleset; verifiedWithKey?: string; issuedAt?: number; signed?: SignedRuleset }
  | { ok: false; code: ErrorCode; detail: string; problems?: RulesetProblem[]; failures?: ExampleFailure[]; count?: number };

const KEEP = 5;

/** A signature issued this far ahead of the writer's clock is refused (it would shut out every later one). */
export const MAX_CLOCK_AHEAD_MS = 24 * 60 * 60 * 1000;

/** What a candidate must be, beside valid: the ruleset in force and the policy decide. */
export interface Expectations {
  /** The id it must have: the policy's rulesetId, or the id of the ruleset in force from this place with this key. */
  rulesetId?: string;
  /** Why the id is expected: said in the refusal. */
  pinnedBy?: 'policy' | 'in-force';
  /** The ruleset in force from this place with this key: a new one must be signed after it (or be the same). */
  floor?: { issuedAt: number; ruleset: Ruleset };
  /** The writer's clock, for signatures from the future. */
  now?: number;
}

const iso = (t: number) => (Number.isFinite(t) && Math.abs(t) < 8.64e15 ? new Date(t).toISOString() : String(t));

/**
 * Parse → verify → validate → run the embedded examples. With `signatureRequired` (or a `publicKey`) only a
 * ruleset whose signature verifies with `publicKey` passes; a missing or unusable key passes nothing.
 */
export async function evaluateRulesetText(
  text: string,
  options: { publicKey?: string; signatureRequired?: boolean; subtle?: SubtleCrypto; expect?: Expectations; base?: LanguageData } = {},
): Promise<Evaluation> {
  const expected = options.expect ?? {};
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const looksHtml = /^\s*</.test(text);
    return { ok: false, code: 'not-json', detail: looksHtml ? 'the answer is an HTML page, not the ruleset file' : (e as Error).message };
  }
  let rulesetData: unknown;
  let verifiedWithKey: string | undefined;
  let issuedAt: number | undefined;
  let signed: SignedRuleset | undefined;
  if (options.signatureRequired || options.publicKey !== undefined) {
    const v = await verifySignedRuleset(data, options.publicKey ?? '', options.subtle);
    if (!v.ok) return { ok: false, code: v.code, detail: v.detail };
    rulesetData = v.ruleset;
    verifiedWithKey = options.publicKey;
    issuedAt = v.issuedAt;
    signed = { ruleset: v.ruleset, signature: unwrapRuleset(data).signature! };
    if (expected.now !== undefined && issuedAt > expected.now + MAX_CLOCK_AHEAD_MS) {
      return {
        ok: false,
        code: 'future-signature',
        detail: `signed at ${iso(issuedAt)}, more than a day ahead of this computer's clock (${iso(expected.now)})`,
      };
    }
    if (expected.floor && issuedAt < expected.floor.issuedAt) {
      return {
        ok: false,
        code: 'rollback',
        detail: `signed at ${iso(issuedAt)}, before the ruleset in force (signed at ${iso(expected.floor.issuedAt)})`,
      };
    }
  } else {
    rulesetData = unwrapRuleset(data).ruleset;
  }
  const id = rulesetData && typeof rulesetData === 'object' ? (rulesetData as { id?: unknown }).id : undefined;
  if (expected.rulesetId !== undefined && id !== expected.rulesetId) {
    return {
      ok: false,
      code: 'other-ruleset',
      detail: `the file is the ruleset "${String(id)}", and only "${expected.rulesetId}" is taken here (${
        expected.pinnedBy === 'policy' ? 'the policy rulesetId' : 'the id of the ruleset in force'
      })`,
    };
  }
  const valid = validateRuleset(rulesetData);
  if (!valid.ok) {
    return {
      ok: false,
      code: 'invalid',
      detail: valid.problems
        .map((p) => `${p.path}: ${p.message}`)
        .slice(0, KEEP)
        .join('; '),
      problems: valid.problems.slice(0, KEEP),
      count: valid.problems.length,
    };
  }
  let failures: ExampleFailure[];
  try {
    failures = testRuleset(valid.ruleset, options.base).failures;
  } catch (e) {
    if (e instanceof ExamplesTooCostly)
      return { ok: false, code: 'invalid', detail: e.message, problems: [{ path: '$', message: e.message }], count: 1 };
    return { ok: false, code: 'invalid', detail: `the rules cannot be compiled: ${(e as Error).message}` };
  }
  if (failures.length) {
    return {
      ok: false,
      code: 'examples',
      detail: failures
        .slice(0, KEEP)
        .map((f) => `${f.path} (${f.ruleId}): ${f.expected === 'match' ? 'not found' : 'found'}: "${f.example}"`)
        .join('; '),
      failures: failures.slice(0, KEEP),
      count: failures.length,
    };
  }
  // Signed at the same time as the ruleset in force: only the same ruleset (fetched again) is not a rollback.
  if (expected.floor && issuedAt === expected.floor.issuedAt && canonicalJson(valid.ruleset) !== canonicalJson(expected.floor.ruleset)) {
    return { ok: false, code: 'rollback', detail: `signed at ${iso(issuedAt)}, the same time as the ruleset in force, with other content` };
  }
  return { ok: true, ruleset: valid.ruleset, verifiedWithKey, issuedAt, signed };
}

export interface RefreshDeps {
  fetch: FetchFn;
  now: () => number;
  subtle?: SubtleCrypto;
  timeoutMs?: number;
  maxBytes?: number;
  force?: boolean;
  /** The language data the team's rules run on in force (the bundled ruleset's), for its examples. */
  base?: LanguageData;
}

/**
 * One check of the configured source. Returns the next state; the input is not modified.
 * `force` skips the ETag (a supervisor's "Check now" fetches the whole file).
 */
export async function refreshState(
  previous: TeamState | null,
  policy: Policy,
  writer: WriterSource | null | undefined,
  deps: RefreshDeps,
): Promise<TeamState> {
  const now = deps.now();
  const configured = configuredSource(policy, writer);
  const state: TeamState = { ...(previous ?? emptyState()), version: 1, source: configured.source, lastChecked: now };
  state.location = configured.source === 'bundled' ? undefined : configured.source === 'file' ? configured.name : configured.url;

  // A ruleset in force that was not verified with the key the policy now requires stops counting. (An unusable
  // key verifies nothing: the ruleset in force stays, and the status says why nothing new is accepted.)
  if (state.good && policy.publicKey && state.good.verifiedWithKey !== policy.publicKey) state.good = null;

  if (configured.source === 'bundled') return { ...state, good: null, lastError: null };

  const fail = (e: Omit<TeamError, 'at' | 'source' | 'location'>): TeamState => ({
    ...state,
    lastError: { ...e, at: now, source: configured.source, location: state.location },
  });

  if (policy.signatureRequired && !policy.publicKey) {
    return fail({ code: 'bad-key', detail: 'rulesetPublicKey is not a base64 Ed25519 public key (32 bytes)' });
  }

  let text: string;
  let etag: string | undefined;
  if (configured.source === 'file') {
    text = configured.text;
  } else {
    const checked = checkRulesetUrl(configured.url);
    if (!checked.ok) {
      return fail({
        code: checked.reason === 'insecure' ? 'insecure-url' : 'invalid-url',
        detail: checked.reason === 'insecure' ? 'http is allowed only for localhost and 127.0.0.1' : 'not an http(s) address',
      });
    }
    const same = state.good && state.good.location === configured.url ? state.good : null;
    const outcome = await fetchRulesetText(checked.url, {
      fetch: deps.fetch,
      etag: deps.force ? undefined : same?.etag,
      timeoutMs: deps.timeoutMs,
      maxBytes: deps.maxBytes,
    });
    if (outcome.kind === 'not-modified') {
      if (same) return { ...state, good: { ...same, checkedAt: now }, lastError: null };
      return fail({ code: 'http', status: 304, detail: 'HTTP 304 without a ruleset to keep' });
    }
    if (outcome.kind === 'error') {
      const code: ErrorCode = outcome.code === 'http' ? (outcome.status === 404 || outcome.status === 410 ? 'not-found' : 'http') : outcome.code;
      return fail({ code, detail: outcome.detail, status: outcome.status });
    }
    text = outcome.text;
    etag = outcome.etag;
  }

  // The ruleset in force from this place, verified with this key, pins the id and the time.
  const pinned =
    policy.publicKey && state.good && state.good.verifiedWithKey === policy.publicKey && state.good.location === state.location ? state.good : null;
  const expect: Expectations = {
    rulesetId: policy.rulesetId ?? pinned?.ruleset.id,
    pinnedBy: policy.rulesetId ? 'policy' : 'in-force',
    floor: pinned ? { issuedAt: pinned.issuedAt ?? Number.NEGATIVE_INFINITY, ruleset: pinned.ruleset } : undefined,
    now,
  };
  const result = await evaluateRulesetText(text, {
    publicKey: policy.publicKey,
    signatureRequired: policy.signatureRequired,
    subtle: deps.subtle,
    expect,
    base: deps.base,
  });
  if (!result.ok) {
    const { ok: _ok, ...rest } = result;
    return fail(rest);
  }
  const location = state.location!;
  const unchanged = state.good && state.good.location === location && canonicalJson(state.good.ruleset) === canonicalJson(result.ruleset);
  const good: GoodRuleset = {
    ruleset: result.ruleset,
    source: configured.source,
    location,
    etag,
    verifiedWithKey: result.verifiedWithKey,
    issuedAt: result.issuedAt,
    signed: result.signed,
    checkedAt: now,
    changedAt: unchanged ? state.good!.changedAt : now,
  };
  return { ...state, good, lastError: null };
}

/** Storage the state lives in (chrome.storage.local in the extension, a Map in tests). */
export interface StateStorage {
  load(): Promise<TeamState | null>;
  save(state: TeamState): Promise<void>;
}

/** Loads the persisted state, refreshes it, persists and returns it. */
export async function refreshTeamRuleset(
  storage: StateStorage,
  policy: Policy,
  writer: WriterSource | null | undefined,
  deps: RefreshDeps,
): Promise<TeamState> {
  const next = await refreshState(await loadState(storage), policy, writer, deps);
  await storage.save(next);
  return next;
}

/**
 * A stored state, or null when it is missing or not one Sävy wrote. Its ruleset is validated again (schema and
 * step budget), and one that says it was verified is verified again from the signed bytes kept with it: a
 * state forged in storage (or written by an earlier version, which kept no signed bytes) loses its ruleset,
 * and the next check fetches it again.
 */
export async function loadState(storage: StateStorage, subtle?: SubtleCrypto): Promise<TeamState | null> {
  const s = await storage.load().catch(() => null);
  if (!s || typeof s !== 'object' || s.version !== 1) return null;
  if (!s.good) return s;
  const drop = (): TeamState => ({ ...s, good: null });
  const v = validateRuleset(s.good.ruleset);
  if (!v.ok) return drop();
  if (s.good.verifiedWithKey !== undefined) {
    if (!s.good.signed) return drop();
    const again = await verifySignedRuleset(s.good.signed, s.good.verifiedWithKey, subtle).catch(() => null);
    if (!again?.ok || again.issuedAt !== s.good.issuedAt) return drop();
    const inside = validateRuleset(again.ruleset);
    if (!inside.ok || canonicalJson(inside.ruleset) !== canonicalJson(v.ruleset)) return drop();
  }
  return { ...s, good: { ...s.good, ruleset: v.ruleset } };
}

/**
 * The ruleset of a state that may be used under this policy: none when the policy names a key it was not
 * verified with (a key just added or changed). An unusable key keeps what was in force (see refreshState).
 */
export function usableRuleset(state: TeamState | null, policy: Pick<Policy, 'publicKey'>): Ruleset | null {
  const good = state?.good;
  if (!good) return null;
  if (policy.publicKey && good.verifiedWithKey !== policy.publicKey) return null;
  return good.ruleset;
}
