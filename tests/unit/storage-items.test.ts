/** Sävy's storage.local items (lib/stored.ts, components/storage.ts) through WXT's fake browser storage. */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  activeRulesetItem,
  enabledSitesItem,
  historyRetentionItem,
  historyStatusItem,
  mutedRulesItem,
  teamStateItem,
  uiLanguageItem,
  writerSourceItem,
} from '../../components/storage';
import { STORED } from '../../lib/stored';
import { activeRuleset, rulesetLayers } from '../../lib/team/layers';
import { validateRuleset } from '../../lib/index';
import teamJson from '../fixtures/team-ruleset.json';

const raw = async () => fakeBrowser.storage.local.get(null);
const team = (() => {
  const v = validateRuleset(teamJson);
  if (!v.ok) throw new Error('fixture');
  return v.ruleset;
})();

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('storage items', () => {
  it('keep the keys and shapes existing installs have stored', async () => {
    expect(STORED.map((d) => d.key).sort()).toEqual(
      [
        'enabledSites',
        'historyRetentionDays',
        'historyStatus',
        'mutedRules',
        'savyActiveRuleset',
        'savyTeamRuleset',
        'savyTeamRulesetWriter',
        'savyWorkbench',
        'uiLanguage',
      ].sort(),
    );
    // As an earlier version wrote them, read back as they were.
    await fakeBrowser.storage.local.set({
      uiLanguage: 'sv',
      historyRetentionDays: 90,
      enabledSites: ['https://desk.example/*'],
      mutedRules: ['fi.a', 'fi.b'],
      savyTeamRulesetWriter: { url: 'https://intra.example/team.json' },
      historyStatus: { paused: true, reason: 'quota', since: 5 },
      savyActiveRuleset: activeRuleset(team, ['fi.a'], false, 7),
    });
    expect(await uiLanguageItem.get()).toBe('sv');
    expect(await historyRetentionItem.get()).toBe(90);
    expect(await enabledSitesItem.get()).toEqual(['https://desk.example/*']);
    expect(await mutedRulesItem.get()).toEqual(['fi.a', 'fi.b']);
    expect(await writerSourceItem.get()).toEqual({ url: 'https://intra.example/team.json' });
    expect(await historyStatusItem.get()).toEqual({ paused: true, reason: 'quota', since: 5 });
    const active = await activeRulesetItem.get();
    expect(active?.team?.id).toBe(team.id);
    expect(rulesetLayers(active)).toHaveLength(2);

    // Written as before: the plain value under the plain key, no version marker for version 1.
    await mutedRulesItem.set(['x']);
    await uiLanguageItem.set('fi');
    const after = await raw();
    expect(after.mutedRules).toEqual(['x']);
    expect(after.uiLanguage).toBe('fi');
    expect(Object.keys(after).some((k) => k.endsWith('$'))).toBe(false);
  });

  it('absent values read as the fallback', async () => {
    expect(await uiLanguageItem.read()).toEqual({ ok: true, value: null });
    expect(await historyRetentionItem.get()).toBe(180);
    expect(await enabledSitesItem.get()).toEqual([]);
    expect(await activeRulesetItem.get()).toBeNull();
    expect(await teamStateItem.get()).toBeNull();
  });

  it('refuse a malformed value with a reason, never throw, and neither rewrite it nor touch other keys', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const stored = {
      uiLanguage: 'klingon',
      historyRetentionDays: -4,
      enabledSites: 'https://desk.example/*',
      mutedRules: { a: 1 },
      savyTeamRulesetWriter: { url: 42 },
      historyStatus: 'paused',
      savyActiveRuleset: { team: { id: 'not a ruleset' }, mutedRules: ['a'] },
      savyTeamRuleset: { version: 3 },
    };
    await fakeBrowser.storage.local.set(stored);
    const read = await activeRulesetItem.read();
    expect(read.ok).toBe(false);
    expect(read.value).toBeNull();
    expect(!read.ok && read.problem).toMatch(/savyActiveRuleset.*wrong shape/);
    for (const item of [uiLanguageItem, historyRetentionItem, enabledSitesItem, mutedRulesItem, writerSourceItem, historyStatusItem, teamStateItem]) {
      const got = await item.read();
      expect(got.ok, item.key).toBe(false);
    }
    expect(await uiLanguageItem.get()).toBeNull();
    expect(await historyRetentionItem.get()).toBe(180);
    expect(await enabledSitesItem.get()).toEqual([]);
    expect(await mutedRulesItem.get()).toEqual([]);
    expect(warn).toHaveBeenCalled();
    // Nothing was rewritten; writing one item keeps every other key as it was.
    await enabledSitesItem.set(['https://other.example/*']);
    expect(await raw()).toEqual({ ...stored, enabledSites: ['https://other.example/*'] });
  });

  it('a storage that fails reads as the fallback, with the reason', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('quota'));
    const got = await historyStatusItem.read();
    expect(got).toMatchObject({ ok: false, value: null });
    expect(!got.ok && got.problem).toMatch(/could not be read: quota/);
  });

  it('watch hands over the parsed value', async () => {
    const seen: unknown[] = [];
    const unwatch = historyStatusItem.watch((v) => seen.push(v));
    await fakeBrowser.storage.local.set({ historyStatus: { paused: false } });
    await fakeBrowser.storage.local.set({ historyStatus: 'nonsense' });
    unwatch();
    expect(seen).toEqual([{ paused: false }, null]);
  });
});
