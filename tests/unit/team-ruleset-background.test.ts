/** components/team/background.ts with WXT's fake browser and a real local server: policy → fetch → storage → messages. */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ACTIVE_RULESET_KEY, MUTED_RULES_KEY, TEAM_STATE_KEY, WRITER_SOURCE_KEY, rulesetLayers, type ActiveRuleset, type TeamState } from '../../lib/team';
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
