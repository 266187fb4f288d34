/**
 * Team rulesets against a real local HTTP server (node:http on 127.0.0.1, random port): every way a ruleset
 * can fail leaves the last good one in force and says why in words a supervisor can act on.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { build } from 'esbuild';
import { analyze, bundledRuleset, compileRuleset, rulesInForce } from '../../lib/index';
import {
  activeRuleset,
  generateSigningKey,
  importSigningKey,
  signRuleset,
  canonicalJson,
  checkRulesetUrl,
  evaluateRulesetText,
  parsePolicy,
  refreshTeamRuleset,
  rulesetLayers,
  verifySignedRuleset,
  type Policy,
  type StateStorage,
  type TeamState,
} from '../../lib/team';
import { describeStatus } from '../../components/team/status';

const GOOD_TEXT = readFileSync(fileURLToPath(new URL('../fixtures/team-ruleset.json', import.meta.url)), 'utf8');
const GOOD = JSON.parse(GOOD_TEXT);
const V2 = { ...GOOD, version: '2.0.0' };

type Handler = (req: IncomingMessage, res: ServerResponse) => void;
let server: Server;
let origin: string;
let handler: Handler;
let requests: { path: string; ifNoneMatch?: string }[] = [];

/** Serves a body with a strong ETag and answers If-None-Match with 304. */
const serve =
  (body: string, type = 'application/json'): Handler =>
  (req, res) => {
    const etag = `"${createHash('sha256').update(body).digest('hex').slice(0, 16)}"`;
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, { etag });
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': type, etag });
    res.end(body);
  };
const status =
  (code: number): Handler =>
  (_req, res) => {
    res.writeHead(code, { 'content-type': 'text/plain' });
    res.end(`status ${code}`);
  };

beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push({ path: req.url ?? '', ifNoneMatch: req.headers['if-none-match'] as string | undefined });
    handler(req, res);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections?.();
  await new Promise((r) => server.close(r));
});

let clock = 1_000_000;
let stored: TeamState | null = null;
const storage: StateStorage = {
  load: async () => (stored ? structuredClone(stored) : null),
  save: async (s) => {
    stored = structuredClone(s);
  },
};
const policyFor = (extra: Record<string, unknown> = {}): Policy => parsePolicy({ rulesetUrl: `${origin}/team.json`, ...extra }).policy;
const refresh = (policy = policyFor(), opts: { maxBytes?: number; force?: boolean; timeoutMs?: number } = {}) =>
  refreshTeamRuleset(storage, policy, null, { fetch: globalThis.fetch, now: () => clock, timeoutMs: 10_000, ...opts });

beforeEach(async () => {
  stored = null;
  requests = [];
  clock += 60_000;
  handler = serve(GOOD_TEXT);
  const s = await refresh();
  expect(s.lastError).toBeNull();
  expect(s.good?.ruleset.id).toBe('example.payroll');
  clock += 60_000;
});

/** After a failed refresh: the good ruleset is still the first one, and the status says what to do. */
function expectKept(s: TeamState, words: RegExp) {
  expect(s.good?.ruleset.version).toBe('1.0.0');
  expect(s.good?.ruleset.id).toBe('example.payroll');
  expect(s.lastError).not.toBeNull();
  const view = describeStatus(s, 'en');
  expect(view.ok).toBe(false);
  expect(view.error).toMatch(words);
  expect(view.error).toMatch(/The previous ruleset “Palkkapalvelut – testi” 1\.0\.0 stays in use\./);
  expect(view.inUse).toMatch(/In use: “Palkkapalvelut – testi” 1\.0\.0 \(2 rules\)/);
  expect(describeStatus(s, 'fi').error).toMatch(/on edelleen käytössä/);
  expect(describeStatus(s, 'sv').error).toMatch(/gäller fortfarande/);
}

describe('fetching the team ruleset from a real server', () => {
  it('200 puts the ruleset in force; 304 with the ETag keeps it and updates "last checked" only', async () => {
    const first = stored!;
    requests = [];
    const s = await refresh();
    expect(requests).toHaveLength(1);
    expect(requests[0].ifNoneMatch).toBe(first.good!.etag);
    expect(s.lastError).toBeNull();
    expect(s.good!.checkedAt).toBe(clock);
    expect(s.good!.changedAt).toBe(first.good!.changedAt);
    expect(describeStatus(s, 'en')).toMatchObject({ ok: true, error: null, source: 'Administrator policy', lastChecked: clock });
  });

  it('a new version replaces the old one and records when it changed', async () => {
    handler = serve(JSON.stringify(V2, null, 1));
    const s = await refresh();
    expect(s.good!.ruleset.version).toBe('2.0.0');
    expect(s.good!.changedAt).toBe(clock);
  });

  it('the same content, reformatted, is not a change', async () => {
    const before = stored!.good!.changedAt;
    handler = serve(JSON.stringify(GOOD));
    const s = await refresh();
    expect(s.good!.changedAt).toBe(before);
    expect(s.good!.checkedAt).toBe(clock);
  });

  it('404 keeps the last good ruleset', async () => {
    handler = status(404);
    expectKept(await refresh(), /was not found at http:\/\/127\.0\.0\.1:\d+\/team\.json \(HTTP 404\)/);
  });

  it('500 keeps the last good ruleset', async () => {
    handler = status(500);
    const s = await refresh();
    expectKept(s, /answered with an error \(HTTP 500 Internal Server Error\).*ask the server's administrator/);
    expect(s.lastError).toMatchObject({ code: 'http', status: 500 });
  });

  it('a response slower than the timeout keeps the last good ruleset', async () => {
    // The answer would come after a minute: that the refresh ends at all is the timeout's doing.
    handler = (_req, res) => {
      setTimeout(() => serve(JSON.stringify(V2))(_req, res), 60_000).unref();
    };
    const s = await refresh(policyFor(), { timeoutMs: 400 });
    expectKept(s, /did not answer in time/);
    expect(s.lastError?.code).toBe('timeout');
  });

  it('a server that cannot be reached keeps the last good ruleset', async () => {
    const s = await refreshTeamRuleset(storage, parsePolicy({ rulesetUrl: 'http://127.0.0.1:1/team.json' }).policy, null, {
      fetch: globalThis.fetch,
      now: () => clock,
      timeoutMs: 2000,
    });
    expectKept(s, /Could not reach 127\.0\.0\.1:1/);
  });

  it('invalid JSON (or a sign-in page) keeps the last good ruleset', async () => {
    handler = serve('{"schemaVersion": 1, "id": ');
    expectKept(await refresh(), /not a valid ruleset \(JSON error/);
    handler = serve('<!doctype html><title>Sign in</title>', 'text/html');
    expectKept(await refresh(), /HTML page, not the ruleset file.*not a sign-in page/);
  });

  it('a schema error keeps the last good ruleset and says what is wrong in words (the state keeps the JSON path)', async () => {
    const broken = structuredClone(V2);
    broken.rules[0].category = 'palkka';
    handler = serve(JSON.stringify(broken));
    const s = await refresh();
    expectKept(
      s,
      /has 1 problem, the first: Rule “team\.jargon\.palkkakausi”: There is no category “palkka”: choose one from the list, or add it to the team categories\./,
    );
    expect(s.lastError?.problems?.[0].path).toBe('$.rules[0].category');
  });

  it('a failing embedded example keeps the last good ruleset', async () => {
    const broken = structuredClone(V2);
    broken.rules[0].examples.noMatch = ['Palkkakausi vaihtuu.'];
    handler = serve(JSON.stringify(broken));
    expectKept(
      await refresh(),
      /1 of the ruleset's own examples fails, the first: rule “team\.jargon\.palkkakausi” finds “Palkkakausi vaihtuu\.”, which it should not/,
    );
  });

  it('an oversized file keeps the last good ruleset (declared length and streamed without one)', async () => {
    const huge = JSON.stringify({ ...V2, description: 'x'.repeat(1024 * 1024) });
    handler = serve(huge);
    expectKept(await refresh(), /too large/);
    handler = (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      const chunk = 'x'.repeat(64 * 1024);
      let sent = 0;
      const pump = () => {
        while (sent < 40 && res.write(chunk)) sent++;
        if (sent < 40) res.once('drain', pump);
        else res.end();
      };
      res.write('{"description":"');
      pump();
    };
    const s = await refresh();
    expectKept(s, /too large \(more than 1048576 bytes/);
  });

  it('http to another host than localhost is refused without a request', async () => {
    requests = [];
    const s = await refresh(parsePolicy({ rulesetUrl: 'http://intranet.example/team.json' }).policy);
    expect(requests).toHaveLength(0);
    expectKept(s, /uses http\. Sävy fetches rulesets only over https/);
    expect(checkRulesetUrl('https://intra.example/a.json').ok).toBe(true);
    expect(checkRulesetUrl('http://localhost:8080/a.json').ok).toBe(true);
    expect(checkRulesetUrl('file:///etc/passwd')).toEqual({ ok: false, reason: 'invalid' });
  });

  // Issue 10, attack 8: a refused redirect target still received the request, and https → http://localhost was followed.
  it('a redirect to plain http on another host is refused before the target gets a request', async () => {
    let reached = 0;
    const other = createServer((_req, res) => {
      reached++;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(V2));
    });
    other.on('connection', () => reached++);
    await new Promise<void>((r) => other.listen(0, '127.0.0.2', r));
    try {
      const target = `http://127.0.0.2:${(other.address() as AddressInfo).port}/team.json`;
      handler = (_req, res) => {
        res.writeHead(302, { location: target });
        res.end();
      };
      const s = await refresh();
      expect(s.lastError?.code).toBe('insecure-redirect');
      expectKept(
        s,
        /redirects to an address Sävy does not fetch from \(redirected to http:\/\/127\.0\.0\.2:\d+\/team\.json\)\. Sävy follows redirects only to https, and never to this computer/,
      );
      expect(reached).toBe(0);
    } finally {
      other.close();
    }
  });

  describe('redirects are checked before they are followed', () => {
    /** A fetch that answers from a table and records what was asked. */
    const table = (answers: Record<string, () => Response>) => {
      const asked: string[] = [];
      const f = async (u: string, init?: RequestInit) => {
        asked.push(u);
        expect(init?.redirect).toBe('manual');
        return (answers[u] ?? (() => new Response('no', { status: 404 })))();
      };
      return { asked, fetch: f };
    };
    const redirectTo =
      (location: string, status = 302) =>
      () =>
        new Response(null, { status, headers: { location } });
    const run = (f: typeof fetch) =>
      refreshTeamRuleset(storage, parsePolicy({ rulesetUrl: 'https://intra.example/team.json' }).policy, null, { fetch: f, now: () => clock });

    it('follows a redirect to https, hop by hop', async () => {
      const t = table({
        'https://intra.example/team.json': redirectTo('/v2/team.json', 301),
        'https://intra.example/v2/team.json': redirectTo('https://cdn.example/team.json', 307),
        'https://cdn.example/team.json': () => new Response(JSON.stringify(V2), { status: 200 }),
      });
      const s = await run(t.fetch as typeof fetch);
      expect(s.lastError).toBeNull();
      expect(s.good!.ruleset.version).toBe('2.0.0');
      expect(t.asked).toEqual(['https://intra.example/team.json', 'https://intra.example/v2/team.json', 'https://cdn.example/team.json']);
    });

    it.each([
      'http://localhost/team.json',
      'https://localhost/team.json',
      'https://127.0.0.1/team.json',
      'https://[::1]/team.json',
      'https://0x7f.1/team.json',
      'https://2130706433/team.json',
      'https://a.localhost/team.json',
      'http://cdn.example/team.json',
    ])('never follows one to %s (this computer, or plain http): the target gets no request', async (target) => {
      const t = table({ 'https://intra.example/team.json': redirectTo(target) });
      const s = await run(t.fetch as typeof fetch);
      expect(s.lastError?.code).toBe('insecure-redirect');
      expect(t.asked).toEqual(['https://intra.example/team.json']);
    });

    it('does not follow what a browser will not show (an opaque redirect), and stops after five', async () => {
      const opaque = () => Object.defineProperty(new Response(null, { status: 200 }), 'type', { value: 'opaqueredirect' }) as Response;
      let s = await run(table({ 'https://intra.example/team.json': opaque }).fetch as typeof fetch);
      expect(s.lastError?.code).toBe('redirect');
      expect(describeStatus(s, 'en').error).toMatch(/redirects elsewhere .*Sävy does not follow a redirect it cannot check first/);
      const loop = table({ 'https://intra.example/team.json': redirectTo('https://intra.example/team.json') });
      s = await run(loop.fetch as typeof fetch);
      expect(s.lastError).toMatchObject({ code: 'redirect', detail: 'more than 5 redirects' });
      expect(loop.asked).toHaveLength(6);
    });
  });

  it('a restart (state read back from storage) keeps the last good ruleset in force', async () => {
    handler = status(500);
    await refresh();
    const persisted = JSON.parse(JSON.stringify(stored));
    stored = persisted;
    handler = status(503);
    const s = await refresh();
    expectKept(s, /HTTP 503/);
  });

  it('no source configured: bundled rules only, no error', async () => {
    const s = await refreshTeamRuleset(storage, parsePolicy({}).policy, null, { fetch: globalThis.fetch, now: () => clock });
    expect(s.good).toBeNull();
    expect(describeStatus(s, 'en')).toMatchObject({ ok: true, inUse: null, source: "Sävy's built-in rules (no team ruleset)" });
  });

  it("the writer's imported file goes through the same checks", async () => {
    const broken = structuredClone(V2);
    broken.rules[0].examples.match = ['Kuukausi.'];
    let s = await refreshTeamRuleset(
      storage,
      parsePolicy({}).policy,
      { file: { name: 'oma.json', text: JSON.stringify(broken) } },
      { fetch: globalThis.fetch, now: () => clock },
    );
    expectKept(s, /does not find “Kuukausi\.”/);
    s = await refreshTeamRuleset(
      storage,
      parsePolicy({}).policy,
      { file: { name: 'oma.json', text: JSON.stringify(V2) } },
      { fetch: globalThis.fetch, now: () => clock },
    );
    expect(s).toMatchObject({ source: 'file', location: 'oma.json', lastError: null });
    expect(s.good!.ruleset.version).toBe('2.0.0');
  });
});

describe('signed rulesets (policy rulesetPublicKey)', () => {
  let publicKey: string;
  let otherKey: string;
  let sign: (ruleset: unknown, issuedAt?: Date) => Promise<string>;
  let signOther: (ruleset: unknown, issuedAt?: Date) => Promise<string>;
  /** The signing clock: each signature a minute after the one before, unless a test says when. */
  let signedAt = 0; // the tests' clock starts in 1970 too

  beforeAll(async () => {
    const [mine, theirs] = await Promise.all([generateSigningKey(), generateSigningKey()]);
    const key = (await importSigningKey(mine.keyFile))!;
    const other = (await importSigningKey(theirs.keyFile))!;
    publicKey = mine.publicKey;
    otherKey = theirs.publicKey;
    const signer = (k: typeof key) => async (ruleset: unknown, issuedAt?: Date) =>
      JSON.stringify(await signRuleset(ruleset, k, { issuedAt: issuedAt ?? new Date((signedAt += 60_000)) }), null, 2);
    sign = signer(key);
    signOther = signer(other);
  });

  it('a correctly signed ruleset is used; a reordered, reformatted copy still verifies', async () => {
    handler = serve(await sign(V2));
    let s = await refresh(policyFor({ rulesetPublicKey: publicKey }));
    expect(s.lastError).toBeNull();
    expect(s.good).toMatchObject({ verifiedWithKey: publicKey });
    expect(describeStatus(s, 'en').inUse).toMatch(/2\.0\.0 \(2 rules\), signature verified\./);
    const env = JSON.parse(await sign(V2));
    const reordered = { signature: env.signature, ruleset: Object.fromEntries(Object.entries(env.ruleset).reverse()) };
    handler = serve(JSON.stringify(reordered));
    s = await refresh(policyFor({ rulesetPublicKey: publicKey }));
    expect(s.lastError).toBeNull();
  });

  it('a tampered ruleset (bad signature) keeps the last good ruleset', async () => {
    handler = serve(await sign(V2));
    await refresh(policyFor({ rulesetPublicKey: publicKey }));
    const env = JSON.parse(await sign({ ...V2, version: '3.0.0' }));
    env.ruleset.rules[0].message.fi = 'Muutettu allekirjoituksen jälkeen.';
    handler = serve(JSON.stringify(env));
    const s = await refresh(policyFor({ rulesetPublicKey: publicKey }));
    expect(s.good!.ruleset.version).toBe('2.0.0');
    expect(describeStatus(s, 'en').error).toMatch(
      /signature does not match: the file was changed after signing.*“Palkkapalvelut – testi” 2\.0\.0 stays in use/,
    );
  });

  it('an unsigned ruleset, or one signed with another key, is refused when the policy sets a key', async () => {
    handler = serve(await sign(V2));
    await refresh(policyFor({ rulesetPublicKey: publicKey }));
    handler = serve(JSON.stringify({ ...V2, version: '4.0.0' }));
    let s = await refresh(policyFor({ rulesetPublicKey: publicKey }));
    expect(s.lastError?.code).toBe('unsigned');
    expect(describeStatus(s, 'en').error).toMatch(/not signed, and the policy requires a signature.*npx savy ruleset sign --key KEYFILE FILE/);
    handler = serve(await sign({ ...V2, version: '5.0.0' }));
    s = await refresh(policyFor({ rulesetPublicKey: otherKey }));
    expect(s.lastError?.code).toBe('bad-signature');
    // The ruleset in force was verified with a different key than the policy now names: it stops counting.
    expect(s.good).toBeNull();
    expect(describeStatus(s, 'en').error).toMatch(/Until then Sävy uses its built-in rules\./);
  });

  it('a policy key that is not an Ed25519 key says so', async () => {
    handler = serve(await sign(V2));
    const s = await refresh(policyFor({ rulesetPublicKey: 'bm90IGEga2V5' }));
    expect(s.lastError?.code).toBe('bad-key');
    expect(describeStatus(s, 'en').error).toMatch(/rulesetPublicKey is not an Ed25519 public key/);
  });

  // Issue 10, attack 3: an empty key was dropped as "wrong type", which turned signature checking off.
  it.each([
    ['empty', ''],
    ['blank', '   '],
    ['a number', 42],
    ['an object', { key: 'x' }],
    ['false', false],
    ['a PEM key', '-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEA\n-----END PUBLIC KEY-----'],
  ])('a present rulesetPublicKey (%s) requires a signature: an unsigned ruleset is refused and the last good one stays', async (_what, key) => {
    const { policy, problems } = parsePolicy({ rulesetUrl: `${origin}/team.json`, rulesetPublicKey: key });
    expect(policy.signatureRequired).toBe(true);
    expect(policy.publicKey).toBeUndefined();
    expect(problems).toEqual([
      { key: 'rulesetPublicKey', message: expect.stringMatching(/not a base64 Ed25519 public key.*no team ruleset is accepted/) },
    ]);
    handler = serve(JSON.stringify({ ...V2, version: '6.0.0' }));
    requests = [];
    const s = await refresh(policy);
    expect(s.lastError?.code).toBe('bad-key');
    expect(requests).toHaveLength(0); // nothing could verify: nothing is fetched
    expectKept(s, /rulesetPublicKey is not an Ed25519 public key \(base64, 32 bytes\)/);
    // A signed file does not pass either: nothing verifies with an unusable key.
    expect(await evaluateRulesetText(await sign(V2), { signatureRequired: true })).toMatchObject({ ok: false, code: 'bad-key' });
    expect(await evaluateRulesetText(JSON.stringify(V2), { signatureRequired: true, publicKey: '' })).toMatchObject({ ok: false, code: 'bad-key' });
  });

  it('a key with spaces around it is still the key', async () => {
    handler = serve(await sign(V2));
    const s = await refresh(policyFor({ rulesetPublicKey: `  ${publicKey}\n` }));
    expect(s.lastError).toBeNull();
    expect(s.good).toMatchObject({ verifiedWithKey: publicKey });
  });

  // Issue 10, attack 2: with signed 2.0.0 in force, a correctly signed older file, or another team's ruleset
  // signed with the same key, was put in force.
  describe('rollback and substitution', () => {
    const OTHER_TEAM = { ...V2, id: 'other.team', name: 'Toinen tiimi', version: '9.0.0' };
    const signedPolicy = () => policyFor({ rulesetPublicKey: publicKey });

    it('a correctly signed older version is refused: the newer one stays and the status says why', async () => {
      const older = await sign({ ...GOOD, version: '1.5.0' }); // signed first …
      handler = serve(await sign(V2)); // … the version in force after it
      expect((await refresh(signedPolicy())).good!.ruleset.version).toBe('2.0.0');
      handler = serve(older);
      const s = await refresh(signedPolicy());
      expect(s.lastError?.code).toBe('rollback');
      expect(s.good!.ruleset.version).toBe('2.0.0');
      expect(describeStatus(s, 'en').error).toMatch(
        /was not signed after the ruleset in use \(signed at 1970-.*before the ruleset in force.*an older version is not put back in force.*“Palkkapalvelut – testi” 2\.0\.0 stays in use/,
      );
      expect(describeStatus(s, 'fi').error).toMatch(/vanhempaa versiota ei oteta takaisin käyttöön/);
      expect(describeStatus(s, 'sv').error).toMatch(/en äldre version tas inte i bruk igen/);
    });

    it('the same file fetched again is no change; other content with the same signing time is refused', async () => {
      const at = new Date((signedAt += 60_000));
      const file = await sign(V2, at);
      handler = serve(file);
      const first = await refresh(signedPolicy());
      expect(first.lastError).toBeNull();
      clock += 60_000;
      const again = await refresh(signedPolicy(), { force: true });
      expect(again.lastError).toBeNull();
      expect(again.good!.changedAt).toBe(first.good!.changedAt);
      handler = serve(await sign({ ...V2, version: '2.0.1' }, at));
      const same = await refresh(signedPolicy(), { force: true });
      expect(same.lastError).toMatchObject({
        code: 'rollback',
        detail: expect.stringMatching(/the same time as the ruleset in force, with other content/),
      });
    });

    it("another team's ruleset signed with the same key is refused, newer or not", async () => {
      handler = serve(await sign(V2));
      await refresh(signedPolicy());
      handler = serve(await sign(OTHER_TEAM));
      const s = await refresh(signedPolicy());
      expect(s.lastError).toMatchObject({
        code: 'other-ruleset',
        detail: expect.stringMatching(/the ruleset "other\.team", and only "example\.payroll" is taken here \(the id of the ruleset in force\)/),
      });
      expect(s.good!.ruleset.id).toBe('example.payroll');
      expect(describeStatus(s, 'en').error).toMatch(/is another ruleset .*set the policy rulesetId to the new id/);
    });

    it('the policy rulesetId pins the id from the first fetch on, signed or not', async () => {
      stored = null;
      handler = serve(await sign(OTHER_TEAM));
      let s = await refresh(policyFor({ rulesetPublicKey: publicKey, rulesetId: 'example.payroll' }));
      expect(s.lastError).toMatchObject({ code: 'other-ruleset', detail: expect.stringMatching(/\(the policy rulesetId\)/) });
      expect(s.good).toBeNull();
      handler = serve(JSON.stringify(OTHER_TEAM));
      s = await refresh(policyFor({ rulesetId: 'example.payroll' }));
      expect(s.lastError?.code).toBe('other-ruleset');
      // A deliberate change: the administrator names the new id.
      handler = serve(await sign(OTHER_TEAM));
      s = await refresh(policyFor({ rulesetPublicKey: publicKey, rulesetId: 'other.team' }));
      expect(s.lastError).toBeNull();
      expect(s.good!.ruleset.id).toBe('other.team');
    });

    it('a file signed in the old format (no time of signing) is refused with what to do', async () => {
      const env = JSON.parse(await sign(V2));
      delete env.signature.format;
      delete env.signature.issuedAt;
      handler = serve(JSON.stringify(env));
      const s = await refresh(signedPolicy());
      expect(s.lastError?.code).toBe('old-signature');
      expect(describeStatus(s, 'en').error).toMatch(
        /signed in Sävy's old format, without the time of signing.*Sign it again with “npx savy ruleset sign/,
      );
    });

    it('a signature more than a day ahead of the clock is refused, so it cannot shut out every later one', async () => {
      handler = serve(await sign(V2, new Date(clock + 25 * 3600_000)));
      let s = await refresh(signedPolicy());
      expect(s.lastError?.code).toBe('future-signature');
      expect(describeStatus(s, 'en').error).toMatch(/more than a day in the future.*Check the clock/);
      handler = serve(await sign(V2, new Date(clock + 3600_000)));
      s = await refresh(signedPolicy());
      expect(s.lastError).toBeNull();
    });

    it('a version is withdrawn by signing the wanted one again; a new key starts afresh', async () => {
      const v1Content = { ...GOOD, version: '1.0.0' };
      handler = serve(await sign(V2));
      await refresh(signedPolicy());
      handler = serve(await sign(v1Content)); // signed again: newer than 2.0.0
      let s = await refresh(signedPolicy());
      expect(s.lastError).toBeNull();
      expect(s.good!.ruleset.version).toBe('1.0.0');
      // Key rotation: the ruleset in force was verified with the old key; the new key's first file is taken
      // even if its clock was behind, and pins from then on.
      handler = serve(await signOther(V2, new Date(1000)));
      s = await refresh(policyFor({ rulesetPublicKey: otherKey }));
      expect(s.lastError).toBeNull();
      expect(s.good).toMatchObject({ verifiedWithKey: otherKey, issuedAt: 1000 });
    });
  });

  it('verifySignedRuleset: canonical JSON sorts keys and drops whitespace', async () => {
    expect(canonicalJson({ b: [1, { d: 'ä', c: null }], a: true })).toBe('{"a":true,"b":[1,{"c":null,"d":"ä"}]}');
    const env = JSON.parse(await sign(GOOD));
    expect((await verifySignedRuleset(env, publicKey)).ok).toBe(true);
    expect(await verifySignedRuleset(GOOD, publicKey)).toMatchObject({ ok: false, code: 'unsigned' });
  });
});

describe('policy and layers', () => {
  it('parsePolicy applies defaults, clamps the interval and drops keys of the wrong type', () => {
    expect(parsePolicy(undefined).policy).toEqual({ sites: [], refreshMinutes: 60, signatureRequired: false, lockPersonalMutes: false });
    const { policy, problems } = parsePolicy({
      sites: 'x',
      rulesetRefreshMinutes: 0,
      rulesetUrl: 'https://a.example/r.json',
      lockPersonalMutes: true,
    });
    expect(policy).toMatchObject({ sites: [], refreshMinutes: 1, rulesetUrl: 'https://a.example/r.json', lockPersonalMutes: true });
    expect(problems.map((p) => p.key)).toEqual(['sites']);
  });

  it('rulesetLayers: the team rule hints, a muted rule does not, a locked policy ignores mutes', () => {
    const team = stored!.good!.ruleset;
    const text = 'Palkkakauden aikana maksamme palkan.';
    const hits = (active: unknown) =>
      analyze(text, { lang: 'fi', ruleset: compileRuleset(rulesInForce(active, bundledRuleset).ruleset) }).hints.map((h) => h.ruleId);
    expect(hits(null)).not.toContain('team.jargon.palkkakausi');
    expect(hits(activeRuleset(team, [], false, 1))).toContain('team.jargon.palkkakausi');
    expect(hits(activeRuleset(team, ['team.jargon.palkkakausi'], false, 1))).not.toContain('team.jargon.palkkakausi');
    const locked = activeRuleset(team, ['team.jargon.palkkakausi'], true, 1);
    expect(locked.mutedRules).toEqual([]);
    expect(hits(locked)).toContain('team.jargon.palkkakausi');
    // Anything else read back is refused: the bundled rules alone.
    expect(hits({ team: { nonsense: true }, mutedRules: [] })).not.toContain('team.jargon.palkkakausi');
    expect(rulesetLayers({ team: { nonsense: true }, mutedRules: [3] } as never)).toEqual([]);
  });

  it('rulesInForce: a muted bundled rule is off, the team rule on; lib/rules.ts bundles without zod', async () => {
    const team = stored!.good!.ruleset;
    const text = 'Palkkakauden aikana maksamme. TÄMÄ EI OLE MAHDOLLISTA!!';
    const ids = (active: unknown) =>
      analyze(text, { lang: 'fi', ruleset: compileRuleset(rulesInForce(active, bundledRuleset).ruleset) }).hints.map((h) => h.ruleId);
    expect(ids(activeRuleset(team, [], false, 1))).toEqual(expect.arrayContaining(['team.jargon.palkkakausi', 'fi.shouting.capitals']));
    const muted = ids(activeRuleset(team, ['fi.shouting.capitals'], false, 1));
    expect(muted).toContain('team.jargon.palkkakausi');
    expect(muted).not.toContain('fi.shouting.capitals');
    const out = await build({ entryPoints: ['lib/rules.ts'], bundle: true, write: false, metafile: true, format: 'esm', logLevel: 'silent' });
    expect(Object.keys(out.metafile!.inputs).filter((f) => f.includes('node_modules/zod'))).toEqual([]);
  });
});
