import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { main, type Io } from '../../lib/cli/main';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

async function run(args: string[], stdin = '', files: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    readStdin: () => stdin,
    readFile: (p) => (p in files ? files[p] : readFileSync(p, 'utf8')),
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

const BLAME = 'Hei Maija, olisit lukenut ohjeet huolellisemmin!!';

describe('savy check', () => {
  it('prints the contract JSON with --json', async () => {
    const r = await run(['check', '--json'], BLAME);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['language', 'hints', 'steps']);
    expect(out.language).toBe('fi');
    expect(Object.keys(out.steps)).toEqual(['greet', 'thank', 'empathize', 'apologize', 'next-steps']);
    for (const h of out.hints) {
      // The contract's fields in order, and a model sentence to adapt where the rule has one (optional).
      expect(Object.keys(h).filter((k) => k !== 'model')).toEqual([
        'ruleId',
        'category',
        'severity',
        'start',
        'end',
        'text',
        'message',
        'suggestions',
      ]);
      expect(BLAME.slice(h.start, h.end)).toBe(h.text);
      for (const s of h.suggestions) expect(typeof s).toBe('string');
    }
    const blame = out.hints.find((h: { category: string }) => h.category === 'blame');
    expect(blame.suggestions).toEqual([]);
    expect(blame.model.text).toMatch(/\[[^\]]+\]/);
    expect(out.hints.map((h: { category: string }) => h.category)).toContain('shouting');
  });

  it('prints a readable report by default, with line:column', async () => {
    const r = await run(['check', 'reply.txt'], '', { 'reply.txt': `Hei,\n${BLAME}` });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^reply\.txt \(fi\): \d+ hints?/);
    expect(r.stdout).toMatch(/2:48 {2}warning {2}shouting {2}"!!"/);
    expect(r.stdout).toMatch(/steps: ✓ greet/);
  });

  it('answers JSON Lines in input order, one line per input', async () => {
    const input = [
      JSON.stringify({ id: 'b', text: 'Hi Sam, thanks for your message!!' }),
      JSON.stringify({ id: 'a', text: BLAME, lang: 'fi' }),
      '',
      JSON.stringify({ id: 'c', text: 'Hej Anna, tack!' }),
    ].join('\n');
    const r = await run(['check', '--jsonl'], input);
    expect(r.code).toBe(0);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.id, l.language])).toEqual([
      ['b', 'en'],
      ['a', 'fi'],
      ['c', 'sv'],
    ]);
  });

  // A generous timeout: every line's rewrites are checked too, and the machine may be busy (no timing asserted).
  it('handles 10,000 lines in one process', { timeout: 60_000 }, async () => {
    const input = Array.from({ length: 10_000 }, (_, i) => JSON.stringify({ id: String(i), text: `Hei ${i}, kiitos viestistä!!` })).join('\n');
    const r = await run(['check', '--jsonl'], input);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(10_000);
    expect(JSON.parse(lines[9_999]).hints[0].suggestions).toEqual(['.']);
  });

  it('merges a team ruleset given with --ruleset', async () => {
    const team = await run(['check', '--json', '--ruleset', fixture('team-ruleset.json')], 'Palkkakauden aikana maksetaan.');
    expect(JSON.parse(team.stdout).hints.map((h: { ruleId: string }) => h.ruleId)).toContain('team.jargon.palkkakausi');
  });

  it.each([
    [['check', 'missing.txt'], /cannot read missing\.txt: no such file/],
    [['check', '--jsonl'], /<stdin>:2: not a JSON object/, '{"id":"1","text":"ok"}\n{oops'],
    [['check', '--jsonl'], /<stdin>:1: "text" must be a string/, '{"id":"1"}'],
    [['check', '--lang', 'de'], /--lang must be fi, en, sv or auto/],
    [['check', '--ruleset', fixture('hostile-ruleset.json')], /is not valid: \$\.rules\[0\]\.regex/],
    [['check', '--frobnicate'], /Unknown option '--frobnicate'/],
    [['frobnicate'], /unknown command "frobnicate"/],
  ] as [string[], RegExp, string?][])('exits 2 with a one-line reason for %j', async (args, reason, stdin = '') => {
    const r = await run(args, stdin);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(reason);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stdout).toBe('');
  });
});

describe('savy ruleset', () => {
  it('validates a good ruleset', async () => {
    const r = await run(['ruleset', 'validate', fixture('team-ruleset.json')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/valid: "Palkkapalvelut – testi" 1\.0\.0, 2 rules/);
  });

  it('lists every problem of a bad ruleset with its JSON path and exits 1', async () => {
    const r = await run(['ruleset', 'validate', fixture('hostile-ruleset.json')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/hostile-ruleset\.json: \$\.rules\[0\]\.regex: raw regular expressions are not accepted/);
  });

  it('runs the embedded examples', async () => {
    const r = await run(['ruleset', 'test', fixture('team-ruleset.json')]);
    expect(r.stdout).toMatch(/^4 passed, 0 failed$/m);
    expect(r.code).toBe(0);
  });

  it('runs rewrite examples, naming what the rewrite gives instead', async () => {
    const bad = JSON.parse(readFileSync(fixture('team-ruleset.json'), 'utf8'));
    bad.rules[0].examples.rewrites[0].after = 'Ylityöt maksetaan kuukausi lopussa.';
    const r = await run(['ruleset', 'test', 'bad.json'], '', { 'bad.json': JSON.stringify(bad) });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      'bad.json: $.rules[0].examples.rewrites[0]: rule "team.jargon.palkkakausi": rewriting "Ylityöt maksetaan palkkakauden lopussa." should give "Ylityöt maksetaan kuukausi lopussa." but gives "Ylityöt maksetaan kuukauden lopussa."',
    );
  });

  it('notes a rewrite that no example shows, without failing an older team ruleset', async () => {
    const old = JSON.parse(readFileSync(fixture('team-ruleset.json'), 'utf8'));
    old.rules[0].suggestions = ['kuukausi'];
    delete old.rules[0].examples.rewrites;
    const r = await run(['ruleset', 'test', 'old.json'], '', { 'old.json': JSON.stringify(old) });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/\$\.rules\[0\]\.suggestions\[0\]: rule "team\.jargon\.palkkakausi": note: no rewrite example/);
  });

  it('exits 1 when an example fails, naming it', async () => {
    const bad = JSON.parse(readFileSync(fixture('team-ruleset.json'), 'utf8'));
    bad.rules[0].examples.noMatch.push('Palkkakausi alkaa.');
    const r = await run(['ruleset', 'test', 'bad.json'], '', { 'bad.json': JSON.stringify(bad) });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/\$\.rules\[0\]\.examples\.noMatch\[1\]: rule "team\.jargon\.palkkakausi": should not be found/);
  });
});

describe('a ruleset that would freeze every writer (issue 10: 40 nested optional words in a step cue)', () => {
  const evil = fixture('nested-cue-ruleset.json');
  const refusal =
    /nested-cue-ruleset\.json: \$\.steps\.thank\.cues\.fi\[0\]: pattern "\[\[kiitos\]\] .*": too much work for the matcher: more than 20,000 steps at each word of a reply/;

  it.each(['validate', 'test'])('savy ruleset %s refuses it with the pattern, its path and what to do, exit 1', async (sub) => {
    const r = await run(['ruleset', sub, evil]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(refusal);
    expect(r.stdout).toMatch(/use fewer optional parts \[ \] and gaps \.\.\., or split it into several patterns/);
  });

  it('savy check --ruleset refuses it too, in one line', async () => {
    const r = await run(['check', '--ruleset', evil], 'kiitos kiitos kiitos');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^savy: ruleset .*nested-cue-ruleset\.json is not valid: \$\.steps\.thank\.cues\.fi\[0\]: .*too much work/);
  });
});

describe('what a ruleset or a reply could do to the terminal (issue 10)', () => {
  const evil = (extra: string) => {
    const rs = JSON.parse(readFileSync(fixture('team-ruleset.json'), 'utf8'));
    rs.name = `Palkka\u001b]0;pwned\u0007\u001b[2J${extra}`;
    rs.rules[0].message.fi = 'Kerro päivät.\u001b[31m punaista \u009b31m';
    rs.rules[0].examples.noMatch.push('Palkkakausi\u001b[1A\u001b[2K 3 passed, 0 failed');
    return JSON.stringify(rs);
  };
  const raw = /[\u001b\u0007\u009b]/;

  it.each([
    ['ruleset', 'validate', 'evil.json'],
    ['ruleset', 'test', 'evil.json'],
    ['check', '--ruleset', 'evil.json', 'reply.txt'],
    ['check', '--json', '--ruleset', 'evil.json', 'reply.txt'],
  ])('savy %s %s writes control characters as \\u escapes', async (...args) => {
    const r = await run(args, '', { 'evil.json': evil(''), 'reply.txt': 'Palkkakauden aikana.\u001b[2J' });
    expect(r.stdout + r.stderr).not.toMatch(raw);
    expect(r.stdout + r.stderr).toMatch(/\\u001b/);
    if (args.includes('--json')) expect(JSON.parse(r.stdout).hints[0].message).toBe('Kerro päivät.\u001b[31m punaista \u009b31m');
  });

  it('the text report of a long reply counts its lines once (its work grows linearly)', async () => {
    const line = 'Hei, olisit lukenut ohjeet. Pahoittelemme mahdollista haittaa.\n';
    // 5,000 lines: enough to report every line in order; the test below counts the work itself, so this one needs
    // no size that only a quiet machine finishes in time (20,000 lines took 67 s on a busy 2-core machine).
    const r = await run(['check', '--lang', 'fi', 'big.txt'], '', { 'big.txt': line.repeat(5_000) });
    expect(r.code).toBe(0);
    const positions = [...r.stdout.matchAll(/^ {2}(\d+):(\d+) {2}/gm)].map((m) => Number(m[1]));
    expect(positions.length).toBeGreaterThan(5_000);
    expect(positions.at(-1)).toBe(5_000);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  }, 120_000);

  it('counts steps, not time: looking for line ends takes one search per line, not one per hint and line', async () => {
    const line = 'Hei, olisit lukenut ohjeet. Pahoittelemme mahdollista haittaa.\n';
    const indexOf = String.prototype.indexOf;
    let searches = 0;
    const spy = vi.spyOn(String.prototype, 'indexOf').mockImplementation(function (this: string, ...args: Parameters<string['indexOf']>) {
      if (args[0] === '\n') searches++;
      return indexOf.apply(this, args);
    });
    try {
      const r = await run(['check', '--lang', 'fi', 'big.txt'], '', { 'big.txt': line.repeat(2000) });
      expect((r.stdout.match(/^ {2}\d+:\d+ {2}/gm) ?? []).length).toBeGreaterThan(2000);
    } finally {
      spy.mockRestore();
    }
    expect(searches).toBeLessThan(3 * 2000);
  }, 60_000);
});

describe('the installed command', () => {
  it('refuses the freezing ruleset (savy ruleset test)', async () => {
    const r = spawnSync('npx', ['--no-install', 'savy', 'ruleset', 'test', fixture('nested-cue-ruleset.json')], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/too much work for the matcher/);
  }, 30_000);

  it('runs as npx savy with no build step', async () => {
    const r = spawnSync('npx', ['--no-install', 'savy', 'check', '--json'], { input: BLAME, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).language).toBe('fi');
  }, 30_000);

  it('prints no stack trace for bad input', async () => {
    const r = spawnSync('npx', ['--no-install', 'savy', 'check', 'no-such-file.txt'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/savy: cannot read no-such-file\.txt: no such file/);
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/);
  }, 30_000);
});
