/** The coach's rules over the typed message: the background's answer (getRules) and the page's client. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { coachRules } from '../../components/coach/background';
import { RulesClient } from '../../components/coach/rules-client';
import { Analyzer, type Analysis } from '../../lib/engine/analyze';
import { compileRuleset } from '../../lib/engine/compile';
import { bundledRuleset, parseRuleset, rulesInForce, withRewrites } from '../../lib/index';
import type { CoachRules } from '../../lib/protocol';
import { activeRuleset } from '../../lib/team/layers';
import type { Ruleset } from '../../lib/ruleset/schema';

const TEAM = parseRuleset(readFileSync(fileURLToPath(new URL('../fixtures/team-ruleset.json', import.meta.url)), 'utf8'));
const team = (TEAM as { ok: true; ruleset: Ruleset }).ruleset;
const TEXTS = [
  'Hei Maija, olisit lukenut ohjeet. Tämä EI OLE MAHDOLLISTA!! Palkkakausi päättyy pian. Pahoittelemme mahdollista haittaa.',
  'Hi John, as per my last email you should have read the manual. Sorry for any inconvenience.',
  'Hej Anna, du borde ha läst instruktionerna. Vi beklagar eventuellt besvär.',
];
const pick = (a: Analysis) => ({ language: a.language, steps: a.steps, hints: a.hints.map((h) => [h.ruleId, h.start, h.end, h.suggestions]) });
const flush = (ms = 0) => new Promise((r) => setTimeout(r, ms));

describe('getRules (background)', () => {
  // Compiles the whole bundled ruleset several times: a generous timeout for a busy machine (no timing asserted).
  it('answers plain data that, compiled in the page, coaches exactly like the rules in force with the full bundled ruleset', {
    timeout: 60_000,
  }, () => {
    expect(TEAM.ok).toBe(true);
    for (const active of [null, activeRuleset(team, ['fi.shouting.capitals'], false, 5), activeRuleset(team, ['fi.shouting.capitals'], true, 6)]) {
      const answer = coachRules(active);
      // What crosses the message boundary: JSON-serialisable data.
      const received = JSON.parse(JSON.stringify(answer)) as CoachRules;
      // The team's practice tickets come along (the practice page lists them); the bundled rules have none.
      expect(received.ruleset.practice.map((p) => p.id)).toEqual(active ? team.practice.map((p) => p.id) : []);
      const page = compileRuleset(received.ruleset);
      const personal = active && !active.mutesLocked ? active.mutedRules : [];
      const full = compileRuleset(rulesInForce(active, bundledRuleset).ruleset);
      for (const text of TEXTS) {
        // Rewrites included: the page offers a hint's rewrites with the same checker (lib/rewrite/check.ts).
        const got = pick(withRewrites(text, new Analyzer(page, { lang: 'auto' }).analyze(text), page));
        const want = pick(withRewrites(text, new Analyzer(full, { lang: 'auto' }).analyze(text), full));
        if (personal.length) expect(got.hints.some((h) => personal.includes(h[0] as string))).toBe(false);
        expect(got).toEqual(want);
      }
      expect(received.mutesLocked).toBe(!!active?.mutesLocked);
      expect(received.mutedRules).toEqual(active && !active.mutesLocked ? ['fi.shouting.capitals'] : []);
      if (active) expect(received.ruleset.rules.some((r) => r.id === 'team.jargon.palkkakausi')).toBe(true);
    }
  });

  it('never throws on anything stored', () => {
    expect(() => coachRules({ team: { nonsense: true }, mutedRules: 'x', updatedAt: 'y' })).not.toThrow();
    expect(coachRules(undefined).ruleset.rules.length).toBeGreaterThan(100);
  });
});

describe('RulesClient (page)', () => {
  const good = coachRules(null);

  it('asks once, however often fields get focus, and compiles', async () => {
    let asked = 0;
    let compiled = 0;
    const c = new RulesClient({ fetch: async () => (asked++, good), onRules: () => compiled++, onFailure: () => expect.fail('no failure') });
    expect(c.ready).toBe(false);
    c.ensure();
    c.ensure();
    await flush();
    c.ensure();
    expect(asked).toBe(1);
    expect(compiled).toBe(1);
    expect(c.ready).toBe(true);
  });

  it('retries once when the message fails (a service worker waking up), and succeeds', async () => {
    let asked = 0;
    let failures = 0;
    const c = new RulesClient({
      fetch: async () => {
        if (asked++ === 0) throw new Error('Could not establish connection. Receiving end does not exist.');
        return good;
      },
      onRules: () => undefined,
      onFailure: () => failures++,
      retryDelayMs: 1,
    });
    c.ensure();
    await flush(20);
    expect(asked).toBe(2);
    expect(failures).toBe(0);
    expect(c.ready).toBe(true);
  });

  it('after two failures tells the writer once, never throws, and tries again on the next focus', async () => {
    let asked = 0;
    const failures: unknown[] = [];
    let answer: () => unknown = () => {
      throw new Error('Extension context invalidated.');
    };
    const c = new RulesClient({
      fetch: async () => (asked++, answer() as CoachRules),
      onRules: () => undefined,
      onFailure: (e) => failures.push(e),
      retryDelayMs: 1,
    });
    c.ensure();
    await flush(20);
    expect(asked).toBe(2);
    expect(failures).toHaveLength(1);
    expect(c.ready).toBe(false);
    answer = () => ({ nothing: true }); // a malformed answer is a failure too
    c.ensure();
    await flush(20);
    expect(failures).toHaveLength(2);
    answer = () => good;
    c.ensure();
    await flush(20);
    expect(c.ready).toBe(true);
  });

  it('asks again when the active ruleset changes, only if the page ever asked', async () => {
    let asked = 0;
    const c = new RulesClient({ fetch: async () => (asked++, good), onRules: () => undefined, onFailure: () => undefined });
    c.reload();
    await flush();
    expect(asked).toBe(0);
    c.ensure();
    c.reload(); // while loading: once more afterwards
    await flush(10);
    expect(asked).toBe(2);
  });
});
