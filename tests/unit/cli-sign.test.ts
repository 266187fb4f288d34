/**
 * savy ruleset keygen / sign / verify: a round trip through the CLI and the extension's verification, both
 * lib/team/signature.ts (WebCrypto), checked against node:crypto and an OpenSSL-style PEM key.
 */
import { generateKeyPairSync, verify } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main, type Io } from '../../lib/cli/main';
import { evaluateRulesetText, signedBytes, verifySignedRuleset } from '../../lib/team';

const FIXTURE = fileURLToPath(new URL('../fixtures/team-ruleset.json', import.meta.url));

function cli() {
  const files: Record<string, string> = { 'team.json': readFileSync(FIXTURE, 'utf8') };
  const modes: Record<string, number | undefined> = {};
  const run = async (args: string[]) => {
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
    const code = await main(args, io);
    return { code, stdout, stderr };
  };
  return { run, files, modes };
}

describe('savy ruleset keygen | sign | verify', () => {
  it('keygen writes a private key file (0600, never overwritten) and prints the public key', async () => {
    const { run, files, modes } = cli();
    const r = await run(['ruleset', 'keygen', '--out', 'team.key']);
    expect(r.code).toBe(0);
    const key = JSON.parse(files['team.key']);
    expect(key).toMatchObject({ type: 'savy-ruleset-key', algorithm: 'Ed25519' });
    expect(Buffer.from(key.publicKey, 'base64')).toHaveLength(32);
    expect(r.stdout).toContain(key.publicKey);
    expect(modes['team.key']).toBe(0o600);
    const again = await run(['ruleset', 'keygen', '--out', 'team.key']);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/^savy: cannot write team\.key: the file exists already/);
    expect(again.stderr.split('\n').filter(Boolean)).toHaveLength(1);
  });

  it('sign → verify round trip, in the CLI and with WebCrypto as the extension verifies', async () => {
    const { run, files } = cli();
    await run(['ruleset', 'keygen', '--out', 'team.key']);
    const pub = JSON.parse(files['team.key']).publicKey as string;
    const signed = await run(['ruleset', 'sign', '--key', 'team.key', 'team.json']);
    expect(signed.code).toBe(0);
    files['signed.json'] = signed.stdout;
    expect(await run(['ruleset', 'verify', '--public-key', pub, 'signed.json'])).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(/^signed\.json: signature valid: ruleset "example\.payroll", issued at \d{4}-\d\d-\d\dT/),
    });
    expect((await run(['ruleset', 'verify', '--public-key', 'team.key', 'signed.json'])).code).toBe(0);
    expect((await verifySignedRuleset(JSON.parse(signed.stdout), pub)).ok).toBe(true);
    const evaluation = await evaluateRulesetText(signed.stdout, { publicKey: pub });
    expect(evaluation).toMatchObject({ ok: true, verifiedWithKey: pub });
    // The signed file is still a ruleset for the other commands.
    expect((await run(['ruleset', 'validate', 'signed.json'])).code).toBe(0);
    expect((await run(['ruleset', 'test', 'signed.json'])).code).toBe(0);
    const checked = await run(['check', '--json', '--ruleset', 'signed.json', 'team.json']);
    expect(checked.stderr).toBe('');
    expect(checked.code).toBe(0);
    // --out writes the file.
    expect((await run(['ruleset', 'sign', '--key', 'team.key', '--out', 'out.json', 'team.json'])).code).toBe(0);
    expect(JSON.parse(files['out.json']).ruleset).toEqual(JSON.parse(files['team.json']));
  });

  it('sign refuses a ruleset that would freeze every writer (40 nested optional words in a step cue)', async () => {
    const { run, files } = cli();
    await run(['ruleset', 'keygen', '--out', 'team.key']);
    files['evil.json'] = readFileSync(fileURLToPath(new URL('../fixtures/nested-cue-ruleset.json', import.meta.url)), 'utf8');
    const r = await run(['ruleset', 'sign', '--key', 'team.key', '--out', 'evil.signed.json', 'evil.json']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/evil\.json: \$\.steps\.thank\.cues\.fi\[0\]: .*too much work for the matcher/);
    expect(r.stderr).toMatch(/not signed/);
    expect(files['evil.signed.json']).toBeUndefined();
  });

  it('tampering is detected by the CLI and by the extension', async () => {
    const { run, files } = cli();
    await run(['ruleset', 'keygen', '--out', 'a.key']);
    await run(['ruleset', 'keygen', '--out', 'b.key']);
    const pub = JSON.parse(files['a.key']).publicKey as string;
    const env = JSON.parse((await run(['ruleset', 'sign', '--key', 'a.key', 'team.json'])).stdout);
    env.ruleset.rules[1].patterns = ['et ole'];
    files['tampered.json'] = JSON.stringify(env);
    const r = await run(['ruleset', 'verify', '--public-key', pub, 'tampered.json']);
    expect(r).toMatchObject({ code: 1, stdout: 'tampered.json: signature does NOT match this ruleset and key\n' });
    expect(await evaluateRulesetText(files['tampered.json'], { publicKey: pub })).toMatchObject({ ok: false, code: 'bad-signature' });
    files['other.json'] = (await run(['ruleset', 'sign', '--key', 'b.key', 'team.json'])).stdout;
    expect((await run(['ruleset', 'verify', '--public-key', pub, 'other.json'])).code).toBe(1);
    expect(await run(['ruleset', 'verify', '--public-key', pub, 'team.json'])).toMatchObject({ code: 1, stdout: 'team.json: not signed\n' });
  });

  it('signs in format 2: the time of signing is signed too, and an OpenSSL PEM key works', async () => {
    const { run, files } = cli();
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    files['openssl.pem'] = privateKey.export({ format: 'pem', type: 'pkcs8' }) as string;
    const pub = Buffer.from(publicKey.export({ format: 'der', type: 'spki' }).subarray(-32)).toString('base64');
    const r = await run(['ruleset', 'sign', '--key', 'openssl.pem', '--issued-at', '2026-12-01T09:30:00Z', 'team.json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/signed "Palkkapalvelut – testi" 1\.0\.0 \(id example\.payroll\), issued at 2026-12-01T09:30:00\.000Z/);
    const env = JSON.parse(r.stdout);
    expect(env.signature).toEqual({
      algorithm: 'Ed25519',
      format: 2,
      issuedAt: '2026-12-01T09:30:00.000Z',
      publicKey: pub,
      value: expect.any(String),
    });
    // What is signed, checked with node:crypto: canonical {format, issuedAt, ruleset}.
    expect(verify(null, signedBytes(env.ruleset, env.signature.issuedAt), publicKey, Buffer.from(env.signature.value, 'base64'))).toBe(true);
    expect(await verifySignedRuleset(env, pub)).toMatchObject({ ok: true, issuedAt: Date.parse('2026-12-01T09:30:00Z') });
    // Moving the time breaks the signature.
    expect(await verifySignedRuleset({ ...env, signature: { ...env.signature, issuedAt: '2027-12-01T09:30:00.000Z' } }, pub)).toMatchObject({
      ok: false,
      code: 'bad-signature',
    });
    // Signing a signed file signs its ruleset again, at a new time.
    files['signed.json'] = r.stdout;
    const again = JSON.parse((await run(['ruleset', 'sign', '--key', 'openssl.pem', 'signed.json'])).stdout);
    expect(again.ruleset).toEqual(env.ruleset);
    expect(Date.parse(again.signature.issuedAt)).toBeGreaterThan(Date.parse(env.signature.issuedAt));
    expect((await run(['ruleset', 'sign', '--key', 'openssl.pem', '--issued-at', 'yesterday', 'team.json'])).stderr).toMatch(
      /^savy: --issued-at must be a time like/,
    );
  });

  it('verify names an old-format file (no time of signing), which the extension refuses', async () => {
    const { run, files } = cli();
    await run(['ruleset', 'keygen', '--out', 'team.key']);
    const pub = JSON.parse(files['team.key']).publicKey as string;
    const env = JSON.parse((await run(['ruleset', 'sign', '--key', 'team.key', 'team.json'])).stdout);
    delete env.signature.format;
    delete env.signature.issuedAt;
    files['old.json'] = JSON.stringify(env);
    expect(await run(['ruleset', 'verify', '--public-key', pub, 'old.json'])).toMatchObject({
      code: 1,
      stdout: expect.stringMatching(/old format, without the time of signing: the extension refuses it; sign it again/),
    });
  });

  it('refuses to sign a ruleset the extension would refuse, and bad keys, without a stack trace', async () => {
    const { run, files } = cli();
    await run(['ruleset', 'keygen', '--out', 'k']);
    const bad = JSON.parse(files['team.json']);
    bad.rules[0].examples.match = ['Kuukausi.'];
    files['bad.json'] = JSON.stringify(bad);
    const r = await run(['ruleset', 'sign', '--key', 'k', 'bad.json']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/\$\.rules\[0\]\.examples\.match\[0\]: rule "team\.jargon\.palkkakausi": should be found but is not/);
    expect(r.stderr).toMatch(/not signed: 1 example failed/);
    const noKey = await run(['ruleset', 'sign', '--key', 'team.json', 'team.json']);
    expect(noKey.code).toBe(2);
    expect(noKey.stderr).toMatch(/^savy: team\.json is not a Sävy signing key/);
    expect((await run(['ruleset', 'sign', 'team.json'])).stderr).toMatch(/^savy: usage: savy ruleset sign --key KEYFILE/);
    expect((await run(['ruleset', 'verify', '--public-key', 'abc', 'team.json'])).code).toBe(2);
    for (const x of [noKey]) expect(x.stderr).not.toMatch(/\n\s+at /);
  });
});
