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
    .filter((f) => f.endsWith('.jsonl') && f !== 'rewrite-verdicts.jsonl') // readers' verdicts, not replies
    .map((f) => `${fixtures}${f}`),
  ...(existsSync(shared) ? [shared] : []),
];
const doubleNegative = new Set(
  bundledRuleset()
    .rules.filter((r) => r.doubleNegative)
    .map((r) => r.id),
);

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

/** Rewrites offered per category, over every corpus (filled by the tests below, read by the last one). */
const offered = new Map<string, number>();

describe.each(corpora)('rewrites offered on %s', (path) => {
  it('read right once applied, and so do the ones offered after', { timeout: 120_000 }, () => {
    const problems: string[] = [];
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
  });
});

describe('rewrites offered over all the corpora', () => {
  // Not vacuous: the corpora have shouting, stock apologies, jargon and reminders, and they get rewrites (a
  // small set may have none of one category: a blind writer's 32 Swedish replies offered no apology rewrite).
  it.each(['shouting', 'formulaic-apology', 'jargon', 'passive-aggressive'])('%s has rewrites offered and checked', (category) => {
    expect(offered.get(category) ?? 0, `${category} rewrites offered`).toBeGreaterThan(5);
  });
});

describe('soundness reads a hint the rewrite only changed the case of as the same hint', () => {
  it('a shouted refusal set in small letters is sound: its negative-framing hint was there before', () => {
    const text =
      'Hei Pekka,\n\nkiitos viestistä. PALAUTUSTA EI VOI TEHDÄ ILMAN KUITTIA.\n\nTuo kuitti myymälään, niin hoidamme asian heti.\n\nTerveisin\nAnna';
    const reanalyze = (t: string) => analyze(t, { lang: 'fi' });
    const analysis = reanalyze(text);
    expect(analysis.hints.map((h) => h.ruleId)).toContain('fi.negative-framing.ei-mahdollista');
    const shouting = appliedRewrites(text, analysis).find((r) => r.hint.ruleId === 'fi.shouting.capitals');
    expect(shouting?.replacement).toBe('Palautusta ei voi tehdä ilman kuittia');
    expect(soundnessProblems(text, analysis, shouting!, reanalyze)).toEqual([]);
  });
});

describe('scripts/rewrites-review.ts', () => {
  it('writes every offered rewrite applied in its paragraph, for readers to judge', async () => {
    const { spawnSync } = await import('node:child_process');
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(`${tmpdir()}/savy-review-`);
    const corpus = `${dir}/corpus.jsonl`;
    const text = 'Hei Anna,\n\nKuten jo mainitsin, lasku erääntyy perjantaina. Pahoittelemme mahdollista haittaa.\n\nTerveisin\nMaija';
    writeFileSync(corpus, `${JSON.stringify({ id: 'a', lang: 'fi', text })}\n${JSON.stringify({ id: 'b', text: 'Hi Sam, thanks!' })}\n`);
    const r = spawnSync('npx', ['--no-install', 'tsx', 'scripts/rewrites-review.ts', corpus], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    const rows = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const paragraph = 'Kuten jo mainitsin, lasku erääntyy perjantaina. Pahoittelemme mahdollista haittaa.';
    expect(rows).toEqual([
      {
        id: 'a',
        lang: 'fi',
        ruleId: 'fi.passive-aggressive.kuten-jo-mainitsin',
        before: paragraph,
        after: 'Lasku erääntyy perjantaina. Pahoittelemme mahdollista haittaa.',
      },
      {
        id: 'a',
        lang: 'fi',
        ruleId: 'fi.formulaic-apology.mahdollinen-haitta',
        before: paragraph,
        after: 'Kuten jo mainitsin, lasku erääntyy perjantaina. Olen pahoillani tästä.',
      },
    ]);
  }, 60_000);
});
