/**
 * Every rewrite Sävy offers on every reply of every corpus the project has, applied as a writer would apply
 * it, and the reply read again: no mechanical mark (punctuation left alone, a doubled space or word, a capital
 * in mid-sentence, a sentence stopping on a conjunction or a deadline word with no date, a template
 * placeholder), no hint raised where it changed the text, no "what happens next" ticked, no negation taken out.
 * Then every rewrite offered on the new text, the same way (applying one re-checks the others).
 * ../shared/corpus/dev.jsonl is read when it is beside the clone (it is not in a user's clone).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze, bundledRuleset, type Language } from '../../lib/index';
import { appliedRewrites, soundnessProblems } from '../../lib/rewrite/soundness';

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));
const shared = fileURLToPath(new URL('../../../shared/corpus/dev.jsonl', import.meta.url));
const corpora = [
  ...readdirSync(fixtures)
    .filter((f) => f.endsWith('.jsonl'))
    .map((f) => `${fixtures}${f}`),
  ...(existsSync(shared) ? [shared] : []),
];
const doubleNegative = new Set(bundledRuleset().rules.filter((r) => r.doubleNegative).map((r) => r.id));

interface Reply {
  id: string;
  lang: Language;
  text: string;
}

const read = (path: string): Reply[] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Reply)
    .filter((r) => typeof r.text === 'string');

describe.each(corpora)('rewrites offered on %s', (path) => {
  it('read right once applied, and so do the ones offered after', { timeout: 120_000 }, () => {
    const problems: string[] = [];
    const offered = new Map<string, number>();
    for (const reply of read(path)) {
      const reanalyze = (t: string) => analyze(t, { lang: reply.lang });
      const analysis = reanalyze(reply.text);
      for (const applied of appliedRewrites(reply.text, analysis)) {
        offered.set(applied.hint.category, (offered.get(applied.hint.category) ?? 0) + 1);
        const found = soundnessProblems(reply.text, analysis, applied, reanalyze, { doubleNegative: doubleNegative.has(applied.hint.ruleId) });
        for (const p of found) problems.push(`${reply.id} ${applied.hint.ruleId} "${applied.hint.text}" → "${applied.replacement}": ${p}`);
        const next = reanalyze(applied.after);
        for (const again of appliedRewrites(applied.after, next)) {
          for (const p of soundnessProblems(applied.after, next, again, reanalyze, { doubleNegative: doubleNegative.has(again.hint.ruleId) })) {
            problems.push(`${reply.id} after ${applied.hint.ruleId}: ${again.hint.ruleId} "${again.hint.text}" → "${again.replacement}": ${p}`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
    // Not vacuous: the corpora have shouting, stock apologies, jargon and reminders, and they get rewrites.
    for (const category of ['shouting', 'formulaic-apology', 'jargon', 'passive-aggressive']) {
      expect(offered.get(category) ?? 0, `${category} rewrites offered`).toBeGreaterThan(0);
    }
  });
});
