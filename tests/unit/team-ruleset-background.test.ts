/** components/team/background.ts with WXT's fake browser and a real local server: policy → fetch → storage → messages. */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  ACTIVE_RULESET_KEY,
  MUTED_RULES_KEY,
  TEAM_STATE_KEY,
  WRITER_SOURCE_KEY,
  rulesetLayers,
  type ActiveRuleset,
  type TeamState,
} from '../../lib/team';
import { refreshNow, rulesetInfo, TEAM_ALARM } from '../../components/team/background';

const GOOD = readFileSync(fileURLToPath(new URL('../fixtures/team-ruleset.json', import.meta.url)), 'utf8');
let server: Server;
let url: string;
let status = 200;

beforeAll(async () => {
  server = createServer((_req, res) => {
    res.writeHead(status, { 'content-type': 'application/json', etag: '"1"' });
    res.end(status === 200 ? GOOD : '');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/team.json`;
});
afterAll(() => new Promise((r) => server.close(r)));
beforeEach(() => {
  fakeBrowser.reset();
  status = 200;
});

const local = async <T>(key: string) => (await fakeBrowser.storage.local.get(key))[key] as T;

describe('team ruleset in the background', () => {
  it('fetches the policy URL, stores the last good state and the active ruleset, schedules the alarm', async () => {
    await fakeBrowser.storage.managed.set({ rulesetUrl: url, rulesetRefreshMinutes: 30 });
    const state = await refreshNow();
    expect(state.lastError).toBeNull();
    expect((await local<TeamState>(TEAM_STATE_KEY)).good?.ruleset.id).toBe('example.payroll');
    const active = await local<ActiveRuleset>(ACTIVE_RULESET_KEY);
    expect(active.team?.id).toBe('example.payroll');
    expect(rulesetLayers(active)).toHaveLength(1);
    expect((await fakeBrowser.alarms.get(TEAM_ALARM))?.periodInMinutes).toBe(30);

    status = 500;
    const failed = await refreshNow();
    expect(failed.lastError?.code).toBe('http');
    expect((await local<ActiveRuleset>(ACTIVE_RULESET_KEY)).team?.id).toBe('example.payroll');
  });

  it("uses the writer's address only when policy sets none, and reports both", async () => {
    await fakeBrowser.storage.local.set({ [WRITER_SOURCE_KEY]: { url } });
    await refreshNow();
    const info = await rulesetInfo();
    expect(info.state?.source).toBe('url');
    expect(info.writer).toEqual({ url });
    await fakeBrowser.storage.managed.set({ rulesetUrl: 'https://intra.example/team.json' });
    expect((await rulesetInfo()).policy.rulesetUrl).toBe('https://intra.example/team.json');
  });

  it('mutes go into the personal layer unless policy locks them', async () => {
    await fakeBrowser.storage.managed.set({ rulesetUrl: url });
    await fakeBrowser.storage.local.set({ [MUTED_RULES_KEY]: ['team.jargon.palkkakausi'] });
    await refreshNow();
    let active = await local<ActiveRuleset>(ACTIVE_RULESET_KEY);
    expect(active.mutedRules).toEqual(['team.jargon.palkkakausi']);
    expect(rulesetLayers(active)).toHaveLength(2);
    await fakeBrowser.storage.managed.set({ rulesetUrl: url, lockPersonalMutes: true });
    await refreshNow();
    active = await local<ActiveRuleset>(ACTIVE_RULESET_KEY);
    expect(active).toMatchObject({ mutedRules: [], mutesLocked: true });
    expect(rulesetLayers(active)).toHaveLength(1);
  });

  it('no source: bundled only, no alarm', async () => {
    const state = await refreshNow();
    expect(state.source).toBe('bundled');
    expect(await fakeBrowser.alarms.get(TEAM_ALARM)).toBeFalsy();
    expect((await local<ActiveRuleset>(ACTIVE_RULESET_KEY)).team).toBeNull();
  });
});

describe('the coach never waits for the team ruleset', () => {
  afterEach(() => vi.unstubAllGlobals());

  /** A fetch that answers only when released, or gives up when the fetch's own timeout aborts it. */
  function hangingFetch() {
    let called!: () => void;
    const asked = new Promise<void>((r) => (called = r));
    let gaveUp = false;
    let release!: () => void;
    const released = new Promise<void>((r) => (release = r));
    const fetch = (_url: string, init?: RequestInit) => {
      called();
      return new Promise<Response>((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => ((gaveUp = true), reject(new Error('aborted'))));
        void released.then(() => reject(new TypeError('NetworkError when attempting to fetch resource.')));
      });
    };
    return { fetch, asked, release, gaveUp: () => gaveUp };
  }

  it('after a restart, with the refetch hanging, getRules answers with the bundled rules and the last good team ruleset', async () => {
    await fakeBrowser.storage.managed.set({ rulesetUrl: 'https://team.example/palkka.json' });
    vi.stubGlobal('fetch', async () => new Response(GOOD, { status: 200, headers: { 'content-type': 'application/json' } }));
    expect((await refreshNow()).good?.ruleset.id).toBe('example.payroll');

    // The background starts again (a service worker woken, the browser started): nothing in memory, and the
    // browser's start queues a refresh whose server does not answer.
    vi.resetModules();
    const team = await import('../../components/team/background');
    const { coachRules } = await import('../../components/coach/background');
    const hanging = hangingFetch();
    vi.stubGlobal('fetch', hanging.fetch);
    const refreshing = team.refreshNow();
    await hanging.asked;

    const active = await team.activeNow();
    expect(hanging.gaveUp()).toBe(false); // answered before the fetch's timeout
    expect(active.team?.id).toBe('example.payroll');
    const rules = coachRules(active);
    expect(rules.ruleset.rules.some((r) => r.id.startsWith('fi.'))).toBe(true);
    expect(rules.ruleset.rules.some((r) => r.id === 'team.jargon.palkkakausi')).toBe(true);

    hanging.release();
    const after = await refreshing;
    expect(after.lastError?.code).toBe('network');
    expect(after.good?.ruleset.id).toBe('example.payroll');
  }, 30_000);

  it('with no good team ruleset and the fetch hanging, getRules answers with the bundled rules', async () => {
    vi.resetModules();
    const team = await import('../../components/team/background');
    const { coachRules } = await import('../../components/coach/background');
    await fakeBrowser.storage.managed.set({
      rulesetUrl: 'https://team.example/palkka.json',
      rulesetPublicKey: 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=',
    });
    const hanging = hangingFetch();
    vi.stubGlobal('fetch', hanging.fetch);
    const refreshing = team.refreshNow();
    await hanging.asked;

    const active = await team.activeNow();
    expect(hanging.gaveUp()).toBe(false);
    expect(active.team).toBeNull();
    expect(coachRules(active).ruleset.rules.some((r) => r.id.startsWith('fi.'))).toBe(true);

    hanging.release();
    expect((await refreshing).lastError?.code).toBe('network');
  }, 30_000);
});
