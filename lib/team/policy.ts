/**
 * Administrator policy (docs/contract.md §4), as read from `storage.managed`. Every key is optional; a key with
 * a wrong type is dropped with a problem the options page shows, the rest of the policy still applies.
 * `lockPersonalMutes` and `rulesetId` are Sävy's additions beyond CONTRACT §4 (documented in docs/team-rulesets.md).
 */
import { z } from 'zod';
import { base64ToBytes } from './signature';

export const DEFAULT_REFRESH_MINUTES = 60;
export const MIN_REFRESH_MINUTES = 1;
export const MAX_REFRESH_MINUTES = 7 * 24 * 60;

export interface Policy {
  sites: string[];
  rulesetUrl?: string;
  refreshMinutes: number;
  /**
   * True whenever the policy has `rulesetPublicKey`, whatever its value: a team ruleset is then used only when
   * its signature verifies with the key. An empty, blank or malformed key fails closed (nothing verifies).
   */
  signatureRequired: boolean;
  /** The key (trimmed) when it is a base64 Ed25519 public key (32 bytes); undefined when absent or unusable. */
  publicKey?: string;
  /** The id the team ruleset must have (Sävy's addition beyond CONTRACT §4): any other is refused. */
  rulesetId?: string;
  lockPersonalMutes: boolean;
}

const KEYS = {
  sites: z.array(z.string()),
  rulesetUrl: z.string().trim().min(1),
  rulesetRefreshMinutes: z.number().int(),
  rulesetId: z.string().trim().min(1),
  lockPersonalMutes: z.boolean(),
} as const;

export interface PolicyProblem {
  key: string;
  message: string;
}

/** Reads the raw managed-storage object; never throws. */
export function parsePolicy(raw: unknown): { policy: Policy; problems: PolicyProblem[] } {
  const obj = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const problems: PolicyProblem[] = [];
  const get = <K extends keyof typeof KEYS>(key: K): z.output<(typeof KEYS)[K]> | undefined => {
    if (obj[key] === undefined) return undefined;
    const r = KEYS[key].safeParse(obj[key]);
    if (r.success) return r.data as z.output<(typeof KEYS)[K]>;
    problems.push({ key, message: `policy key "${key}" has the wrong type and is ignored` });
    return undefined;
  };
  const minutes = get('rulesetRefreshMinutes');
  // Present means "signature required", whatever the value: a key dropped as "wrong type" turned checking off.
  const signatureRequired = obj.rulesetPublicKey !== undefined && obj.rulesetPublicKey !== null;
  const key = typeof obj.rulesetPublicKey === 'string' ? obj.rulesetPublicKey.trim() : '';
  const publicKey = signatureRequired && base64ToBytes(key)?.length === 32 ? key : undefined;
  if (signatureRequired && !publicKey) {
    problems.push({
      key: 'rulesetPublicKey',
      message: 'policy key "rulesetPublicKey" is not a base64 Ed25519 public key (32 bytes): no team ruleset is accepted until it is fixed',
    });
  }
  return {
    policy: {
      sites: get('sites') ?? [],
      rulesetUrl: get('rulesetUrl'),
      refreshMinutes: minutes === undefined ? DEFAULT_REFRESH_MINUTES : Math.min(MAX_REFRESH_MINUTES, Math.max(MIN_REFRESH_MINUTES, minutes)),
      signatureRequired,
      publicKey,
      rulesetId: get('rulesetId'),
      lockPersonalMutes: get('lockPersonalMutes') ?? false,
    },
    problems,
  };
}

/** https anywhere; http only for localhost and 127.0.0.1 (docs/contract.md §4). Returns the reason when refused. */
export function checkRulesetUrl(url: string): { ok: true; url: string } | { ok: false; reason: 'invalid' | 'insecure' } {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  if (u.protocol === 'https:') return { ok: true, url: u.href };
  if (u.protocol === 'http:' && (u.hostname === 'localhost' || u.hostname === '127.0.0.1')) return { ok: true, url: u.href };
  if (u.protocol === 'http:') return { ok: false, reason: 'insecure' };
  return { ok: false, reason: 'invalid' };
}
