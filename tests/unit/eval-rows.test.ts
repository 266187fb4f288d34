import { describe, expect, it } from 'vitest';
import { problemReport, readCorpusRows } from '../../scripts/eval-rows';

const steps = { greet: true, thank: false, empathize: false, apologize: false, 'next-steps': true };
const row = (over: Record<string, unknown> = {}) =>
  JSON.stringify({ id: 'fi-1', lang: 'fi', kind: 'complaint', text: 'Hei!', steps, categories: ['blame'], ...over });

describe('the rows of an eval corpus', () => {
  it('reads every row of a corpus, blank lines skipped', () => {
    const { rows, problems } = readCorpusRows('c.jsonl', `${row()}\n\n${row({ id: 'fi-2', categories: [] })}\n`);
    expect(problems).toEqual([]);
    expect(rows.map((r) => r.id)).toEqual(['fi-1', 'fi-2']);
  });

  it('names the file, line and missing field of a paraphrase bank row, and says which command measures it', () => {
    const bank = JSON.stringify({ id: 'fi-blame-n02', lang: 'fi', category: 'blame', clean: true, text: 'Korjasin sen.', quote: '' });
    const { rows, problems } = readCorpusRows('bank.jsonl', `${row()}\n${bank}`);
    expect(rows).toHaveLength(1);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^bank\.jsonl:2: /);
    expect(problems[0]).toContain('steps is missing');
    expect(problems[0]).toContain('categories is missing');
    expect(problems[0]).toContain('npm run eval:bank');
  });

  it('names a line that is not JSON, an unknown category and a step that is not true or false', () => {
    const { problems } = readCorpusRows(
      'c.jsonl',
      ['{"id": ', row({ categories: ['blaem'] }), row({ steps: { ...steps, thank: 'yes' } })].join('\n'),
    );
    expect(problems[0]).toMatch(/^c\.jsonl:1: not JSON/);
    expect(problems[1]).toMatch(/^c\.jsonl:2: categories\.0: /);
    expect(problems[2]).toMatch(/^c\.jsonl:3: steps\.thank: /);
  });

  it('lists ten problems and counts the rest', () => {
    const { problems } = readCorpusRows('c.jsonl', Array.from({ length: 12 }, () => '{}').join('\n'));
    const report = problemReport(problems).split('\n');
    expect(report).toHaveLength(11);
    expect(report[10]).toBe('… and 2 more lines like these');
  });
});
