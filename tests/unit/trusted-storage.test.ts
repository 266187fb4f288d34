/**
 * Issue 10, attack 7: storage.local was writable from content scripts, and the stored "verified with key" was
 * never checked again. storage.local is now for trusted contexts only where the browser can do it, and in every
 * browser nothing read back from storage passes for a verified ruleset unless its signature verifies again.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { restrictLocalStorage } from '../../components/trusted-storage';
import { validateRuleset } from '../../lib/ruleset/schema';
import { generateSigningKey, importSigningKey, signRuleset } from '../../lib/team/signature';
import { evaluateRulesetText, loadState, usableRuleset, type TeamState } from '../../lib/team/state';

const GOOD = JSON.parse(readFileSync(fileURLToPath(new URL('../fixtures/team-ruleset.json', import.meta.url)), 'utf8'));

beforeEach(() => fakeBrowser.reset());

describe('storage.local for trusted contexts only', () => {
  it('asks the browser to restrict storage.local, and copes with a browser that cannot', async () => {
    const local = fakeBrowser.storage.local as unknown as { setAccessLevel?: (o: unknown) => Promise<void> };
    const calls: unknown[] = [];
    local.setAccessLevel = async (o) => void calls.push(o);
    expect(await restrictLocalStorage()).toBe(true);
    expect(calls).toEqual([{ accessLevel: 'TRUSTED_CONTEXTS' }]);
    local.setAccessLevel = async () => {
      throw new Error('Only storage.session supports setAccessLevel'); // Firefox
    };
    expect(await restrictLocalStorage()).toBe(false);
    delete local.setAccessLevel;
    expect(await restrictLocalStorage()).toBe(false);
  });
});

describe('a stored ruleset that says it was verified is verified again', () => {
  async function verifiedState() {
    const { keyFile, publicKey } = await generateSigningKey();
    const key = (await importSigningKey(keyFile))!;
    const text = JSON.stringify(await signRuleset(GOOD, key, { issuedAt: new Date(Date.UTC(2026, 10, 1)) }));
    const evaluation = await evaluateRulesetText(text, { publicKey });
    if (!evaluation.ok) throw new Error(evaluation.detail);
    const state: TeamState = {
      version: 1,
      source: 'policy',
      location: 'https://intra.example/team.json',
      lastChecked: 1,
      lastError: null,
      good: {
        ruleset: evaluation.ruleset,
        source: 'policy',
        location: 'https://intra.example/team.json',
        verifiedWithKey: publicKey,
        issuedAt: evaluation.issuedAt,
        signed: evaluation.signed,
        checkedAt: 1,
        changedAt: 1,
      },
    };
    return { state, publicKey };
  }
  const load = (s: unknown) => loadState({ load: async () => structuredClone(s) as TeamState, save: async () => undefined });

  it('keeps a state whose signed bytes verify with its key', async () => {
    const { state } = await verifiedState();
    expect((await load(state))?.good?.ruleset.id).toBe('example.payroll');
  });

  it('drops a forged one: no signed bytes, other rules than were signed, another key, another time', async () => {
    const { state } = await verifiedState();
    const forged = (change: (s: TeamState) => void) => {
      const s = structuredClone(state);
      change(s);
      return s;
    };
    const other = (await generateSigningKey()).publicKey;
    const evil = validateRuleset({ ...GOOD, rules: GOOD.rules.map((r: { message: object }) => ({ ...r, message: { fi: 'Väärennetty.' } })) });
    if (!evil.ok) throw new Error('fixture');
    for (const s of [
      forged((s) => delete s.good!.signed),
      forged((s) => (s.good!.ruleset = evil.ruleset)),
      forged((s) => (s.good!.verifiedWithKey = other)),
      forged((s) => (s.good!.issuedAt = s.good!.issuedAt! + 1)),
      forged((s) => ((s.good!.signed!.ruleset as { version: string }).version = '9.9.9')),
    ]) {
      const loaded = await load(s);
      expect(loaded?.good).toBeNull();
      expect(loaded?.location).toBe('https://intra.example/team.json'); // the rest of the state stays
    }
  });

  it("a ruleset in force that the policy's key did not verify is not used, an unusable key keeps it", async () => {
    const { state, publicKey } = await verifiedState();
    const other = (await generateSigningKey()).publicKey;
    expect(usableRuleset(state, { publicKey })?.id).toBe('example.payroll');
    expect(usableRuleset(state, { publicKey: other })).toBeNull();
    expect(usableRuleset(state, { publicKey: undefined })?.id).toBe('example.payroll');
    const unsigned = { ...state, good: { ...state.good!, verifiedWithKey: undefined, signed: undefined } };
    expect(usableRuleset(unsigned, { publicKey })).toBeNull();
  });
});

describe('the coach gets what it needs by message', () => {
  it('getRules answers from the verified state, never from what storage says is active', async () => {
    vi.resetModules();
    const { activeNow } = await import('../../components/team/background');
    // A forged active ruleset in storage (what a content script could write where storage.local is open).
    await fakeBrowser.storage.local.set({ savyActiveRuleset: { team: { ...GOOD, id: 'forged' }, mutedRules: [], mutesLocked: false, updatedAt: 1 } });
    const active = await activeNow();
    expect(active.team).toBeNull();
    // And the stored copy is corrected for the extension's pages.
    expect(((await fakeBrowser.storage.local.get('savyActiveRuleset')).savyActiveRuleset as { team: unknown }).team).toBeNull();
  });
});
