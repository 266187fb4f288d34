// @vitest-environment happy-dom
/**
 * Supervisors sign in the browser: the workbench's "Sign and publish" creates a team key file and signs the
 * ruleset with WebCrypto Ed25519 through lib/team/signature.ts, in the CLI's format: `savy ruleset verify` accepts
 * the file, and the signature is byte for byte the one `savy ruleset sign` makes with the same key.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TeamSigning } from '../../components/options/TeamSigning';
import { main, nodeIo } from '../../lib/cli/main';
import type { RulesetInput } from '../../lib/ruleset/schema';
import { generateSigningKey, importSigningKey, signRuleset, verifySignedRuleset } from '../../lib/team/signature';

const EXAMPLE = JSON.parse(readFileSync('docs/examples/palkkapalvelut.json', 'utf8')) as RulesetInput;
const dir = mkdtempSync(join(tmpdir(), 'savy-sign-'));

/** `savy …` in this process; exit code and what it printed. */
async function savy(...args: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  const code = await main(args, { ...nodeIo, stdout: (s: string) => void (out += s), stderr: (s: string) => void (out += s) });
  return { code, out };
}

describe('signRuleset (lib/team/signature.ts)', () => {
  it('signs what `savy ruleset sign` signs, byte for byte, with the same key and time; the key file’s public key verifies it', async () => {
    const { keyFile, publicKey } = await generateSigningKey();
    writeFileSync(join(dir, 'same.key'), keyFile);
    writeFileSync(join(dir, 'example.json'), JSON.stringify(EXAMPLE));
    expect(
      (await savy('ruleset', 'sign', '--key', join(dir, 'same.key'), '--out', join(dir, 'example.signed.json'), join(dir, 'example.json'))).code,
    ).toBe(0);
    const cli = JSON.parse(readFileSync(join(dir, 'example.signed.json'), 'utf8'));
    const key = (await importSigningKey(keyFile))!;
    const mine = await signRuleset(EXAMPLE, key, { issuedAt: new Date(cli.signature.issuedAt) });
    expect(mine.signature).toEqual(cli.signature); // Ed25519 is deterministic: the same bytes sign the same
    expect(mine.signature.publicKey).toBe(publicKey);
    expect((await verifySignedRuleset(mine, publicKey)).ok).toBe(true);
    expect((await verifySignedRuleset({ ...mine, ruleset: { ...EXAMPLE, version: '9.9.9' } }, publicKey)).ok).toBe(false);
  });
});

let root: HTMLElement;
let saved: Record<string, string>;
const save = (name: string, text: string) => void (saved[name] = text);
/** Waits (WebCrypto is asynchronous, and slow on a busy machine) until the note changed or a file was saved. */
const settled = async (before: string) => {
  const files = Object.keys(saved).length;
  await vi.waitFor(
    () => expect(root.querySelector('[data-field="sign-note"]')?.textContent !== before || Object.keys(saved).length > files).toBe(true),
    { timeout: 20_000, interval: 20 },
  );
  await act(async () => undefined);
};
const q = <T extends Element = HTMLElement>(sel: string) => root.querySelector<T>(sel)!;

async function choose(text: string, name: string) {
  const before = q('[data-field="sign-note"]').textContent ?? '';
  const input = q<HTMLInputElement>('[data-action="sign"]');
  Object.defineProperty(input, 'files', { configurable: true, value: [new File([text], name, { type: 'application/json' })] });
  await act(() => void input.dispatchEvent(new Event('change', { bubbles: true })));
  await settled(before);
}

beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
  saved = {};
});
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('Sign and publish in the workbench', () => {
  it('creates a team key file the CLI reads, signs the ruleset with it, and savy ruleset verify accepts the file', async () => {
    render(<TeamSigning draft={EXAMPLE} lang="en" save={save} />, root);
    await act(() => q<HTMLButtonElement>('[data-action="create-key"]').click());
    await settled('');
    const keyText = saved['savy-team.key'];
    expect(keyText).toBeTruthy();
    const keyFile = JSON.parse(keyText);
    expect(keyFile).toMatchObject({ type: 'savy-ruleset-key', algorithm: 'Ed25519' });
    expect(q<HTMLInputElement>('[data-field="public-key"]').value).toBe(keyFile.publicKey);
    expect(q('[data-field="sign-note"]').getAttribute('role')).toBe('status');

    await choose(keyText, 'savy-team.key');
    const signedName = `${EXAMPLE.id}.signed.json`;
    expect(q('[data-field="sign-note"]').textContent).toContain(signedName);
    writeFileSync(join(dir, 'team.key'), keyText);
    writeFileSync(join(dir, 'signed.json'), saved[signedName]);
    const verified = await savy('ruleset', 'verify', '--public-key', join(dir, 'team.key'), join(dir, 'signed.json'));
    expect(verified.code).toBe(0);
    expect(verified.out).toMatch(new RegExp(`^${join(dir, 'signed.json')}: signature valid: ruleset "${EXAMPLE.id}", issued at 20\\d\\d-`));
    expect((await savy('ruleset', 'verify', '--public-key', keyFile.publicKey, join(dir, 'signed.json'))).code).toBe(0);

    // A key made by `savy ruleset keygen` signs here too.
    expect((await savy('ruleset', 'keygen', '--out', join(dir, 'cli.key'))).code).toBe(0); // prints its own public key
    saved = {};
    await choose(readFileSync(join(dir, 'cli.key'), 'utf8'), 'cli.key');
    writeFileSync(join(dir, 'signed-cli.json'), saved[signedName]);
    expect((await savy('ruleset', 'verify', '--public-key', join(dir, 'cli.key'), join(dir, 'signed-cli.json'))).code).toBe(0);
    expect((await savy('ruleset', 'verify', '--public-key', join(dir, 'team.key'), join(dir, 'signed-cli.json'))).code).toBe(1);
  }, 60_000);

  it('signs nothing with a file that is not a key, nor a ruleset that has problems, and says why', async () => {
    render(<TeamSigning draft={EXAMPLE} lang="en" save={save} />, root);
    await choose(JSON.stringify(EXAMPLE), 'palkkapalvelut.json');
    expect(saved).toEqual({});
    expect(q('[data-field="sign-note"]').getAttribute('role')).toBe('alert');
    expect(q('[data-field="sign-note"]').textContent).toContain('palkkapalvelut.json');

    const { keyFile } = await generateSigningKey();
    render(null, root);
    render(<TeamSigning draft={{ ...EXAMPLE, version: '' }} lang="en" save={save} />, root);
    await choose(keyFile, 'savy-team.key');
    expect(saved).toEqual({});
    expect(q('[data-field="sign-note"]').textContent).toMatch(/^Not exported: .*Write something here/);
  }, 60_000);
});
