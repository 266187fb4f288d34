/** savy ruleset keygen / sign / verify: a round trip through the CLI (node:crypto) and lib/team (WebCrypto). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main, type Io } from '../../lib/cli/main';
import { evaluateRulesetText, verifySignedRuleset } from '../../lib/team';

const FIXTURE = fileURLToPath(new URL('../fixtures/team-ruleset.json', import.meta.url));

function cli() {
  const files: Record<string, string> = { 'team.json': readFileSync(FIXTURE, 'utf8') };
  const modes: Record<string, number | undefined> = {};
  const run = (args: string[]) => {
    let stdout = '';
    let stderr = '';
    const io: Io = {
      stdout: (s) => (stdout += s),
      stderr: (s) => (stderr += s),
      readStdin: () => '',
      readFile: (p) => {
        if (!(p in files)) throw Object.assign(new Error('nope'), { code: 'ENOENT' });
        return files[p];
      },
      writeFile: (p, data, o) => {
        if (o.exclusive && p in files) throw Object.assign(new Error('exists'), { code: 'EEXIST' });
        files[p] = data;
        modes[p] = o.mode;
      },
    };
    return { code: main(args, io), stdout, stderr };
  };
  return { run, files, modes };
}

describe('savy ruleset keygen | sign | verify', () => {
  it('keygen writes a private key file (0600, never overwritten) and prints the public key', () => {
    const { run, files, modes } = cli();
    const r = run(['ruleset', 'keygen', '--out', 'team.key']);
    expect(r.code).toBe(0);
    const key = JSON.parse(files['team.key']);
    expect(key).toMatchObject({ type: 'savy-ruleset-key', algorithm: 'Ed25519' });
    expect(Buffer.from(key.publicKey, 'base64')).toHaveLength(32);
    expect(r.stdout).toContain(key.publicKey);
    expect(modes['team.key']).toBe(0o600);
    const again = run(['ruleset', 'keygen', '--out', 'team.key']);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/^savy: cannot write team\.key: the file exists already/);
    expect(again.stderr.split('\n').filter(Boolean)).toHaveLength(1);
  });

  it('sign → verify round trip, in the CLI and with WebCrypto as the extension verifies', async () => {
    const { run, files } = cli();
    run(['ruleset', 'keygen', '--out', 'team.key']);
    const pub = JSON.parse(files['team.key']).publicKey as string;
    const signed = run(['ruleset', 'sign', '--key', 'team.key', 'team.json']);
    expect(signed.code).toBe(0);
    files['signed.json'] = signed.stdout;
    expect(run(['ruleset', 'verify', '--public-key', pub, 'signed.json'])).toMatchObject({ code: 0, stdout: 'signed.json: signature valid\n' });
    expect(run(['ruleset', 'verify', '--public-key', 'team.key', 'signed.json']).code).toBe(0);
    expect((await verifySignedRuleset(JSON.parse(signed.stdout), pub)).ok).toBe(true);
    const evaluation = await evaluateRulesetText(signed.stdout, { publicKey: pub });
    expect(evaluation).toMatchObject({ ok: true, verifiedWithKey: pub });
    // The signed file is still a ruleset for the other commands.
    expect(run(['ruleset', 'validate', 'signed.json']).code).toBe(0);
    expect(run(['ruleset', 'test', 'signed.json']).code).toBe(0);
    const checked = run(['check', '--json', '--ruleset', 'signed.json', 'team.json']);
    expect(checked.stderr).toBe('');
    expect(checked.code).toBe(0);
    // --out writes the file.
    expect(run(['ruleset', 'sign', '--key', 'team.key', '--out', 'out.json', 'team.json']).code).toBe(0);
    expect(JSON.parse(files['out.json']).ruleset).toEqual(JSON.parse(files['team.json']));
  });

  it('sign refuses a ruleset that would freeze every writer (40 nested optional words in a step cue)', () => {
    const { run, files } = cli();
    run(['ruleset', 'keygen', '--out', 'team.key']);
    files['evil.json'] = readFileSync(fileURLToPath(new URL('../fixtures/nested-cue-ruleset.json', import.meta.url)), 'utf8');
    const r = run(['ruleset', 'sign', '--key', 'team.key', '--out', 'evil.signed.json', 'evil.json']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/evil\.json: \$\.steps\.thank\.cues\.fi\[0\]: .*too much work for the matcher/);
    expect(r.stderr).toMatch(/not signed/);
    expect(files['evil.signed.json']).toBeUndefined();
  });

  it('tampering is detected by the CLI and by the extension', async () => {
    const { run, files } = cli();
    run(['ruleset', 'keygen', '--out', 'a.key']);
    run(['ruleset', 'keygen', '--out', 'b.key']);
    const pub = JSON.parse(files['a.key']).publicKey as string;
    const env = JSON.parse(run(['ruleset', 'sign', '--key', 'a.key', 'team.json']).stdout);
    env.ruleset.rules[1].patterns = ['et ole'];
    files['tampered.json'] = JSON.stringify(env);
    const r = run(['ruleset', 'verify', '--public-key', pub, 'tampered.json']);
    expect(r).toMatchObject({ code: 1, stdout: 'tampered.json: signature does NOT match this ruleset and key\n' });
    expect(await evaluateRulesetText(files['tampered.json'], { publicKey: pub })).toMatchObject({ ok: false, code: 'bad-signature' });
    files['other.json'] = run(['ruleset', 'sign', '--key', 'b.key', 'team.json']).stdout;
    expect(run(['ruleset', 'verify', '--public-key', pub, 'other.json']).code).toBe(1);
    expect(run(['ruleset', 'verify', '--public-key', pub, 'team.json'])).toMatchObject({ code: 1, stdout: 'team.json: not signed\n' });
  });

  it('refuses to sign a ruleset the extension would refuse, and bad keys, without a stack trace', () => {
    const { run, files } = cli();
    run(['ruleset', 'keygen', '--out', 'k']);
    const bad = JSON.parse(files['team.json']);
    bad.rules[0].examples.match = ['Kuukausi.'];
    files['bad.json'] = JSON.stringify(bad);
    const r = run(['ruleset', 'sign', '--key', 'k', 'bad.json']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/\$\.rules\[0\]\.examples\.match\[0\]: rule "team\.jargon\.palkkakausi": should be found but is not/);
    expect(r.stderr).toMatch(/not signed: 1 example failed/);
    const noKey = run(['ruleset', 'sign', '--key', 'team.json', 'team.json']);
    expect(noKey.code).toBe(2);
    expect(noKey.stderr).toMatch(/^savy: team\.json is not a Sävy signing key/);
    expect(run(['ruleset', 'sign', 'team.json']).stderr).toMatch(/^savy: usage: savy ruleset sign --key KEYFILE/);
    expect(run(['ruleset', 'verify', '--public-key', 'abc', 'team.json']).code).toBe(2);
    for (const x of [noKey]) expect(x.stderr).not.toMatch(/\n\s+at /);
  });
});
