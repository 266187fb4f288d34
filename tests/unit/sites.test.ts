/**
 * Where Sävy runs: the registration kept when it has not changed, and the coach brought to tabs that were open
 * before it could run there (once per document, only the frames of the site).
 */
import { describe, expect, it } from 'vitest';
import { BUILT_IN_SITES, dynamicSitePatterns, framesToCoach, sameRegistration, withoutPorts, type OpenFrame } from '../../lib/sites';
import { coachOpenTabs, type OpenTabsApi } from '../../components/sites/open-tabs';

const wanted = {
  js: ['content-scripts/coach.js'],
  matches: ['http://127.0.0.1/*', 'https://tuki.example.fi/*'],
  allFrames: true,
  runAt: 'document_idle',
  persistAcrossSessions: true,
};

describe('sameRegistration', () => {
  it('keeps a registration the browser reports back in its own order and spelling', () => {
    expect(sameRegistration({ ...wanted, js: ['/content-scripts/coach.js'], matches: [...wanted.matches].reverse() }, wanted)).toBe(true);
    expect(sameRegistration({ js: wanted.js, matches: wanted.matches, allFrames: true }, wanted)).toBe(true); // defaults
  });

  it('replaces it when a site, the file or the frames changed, or when there is none', () => {
    expect(sameRegistration(undefined, wanted)).toBe(false);
    expect(sameRegistration({ ...wanted, matches: ['http://127.0.0.1/*'] }, wanted)).toBe(false);
    expect(sameRegistration({ ...wanted, matches: [...wanted.matches, 'https://x.example/*'] }, wanted)).toBe(false);
    expect(sameRegistration({ ...wanted, js: ['content-scripts/other.js'] }, wanted)).toBe(false);
    expect(sameRegistration({ ...wanted, allFrames: false }, wanted)).toBe(false);
    expect(sameRegistration({ ...wanted, runAt: 'document_start' }, wanted)).toBe(false);
    expect(sameRegistration({ ...wanted, persistAcrossSessions: false }, wanted)).toBe(false);
  });
});

const frame = (frameId: number, url: string, origin = new URL(url).origin, coached = false): OpenFrame => ({ frameId, url, origin, coached });

describe('framesToCoach', () => {
  const sites = ['https://tuki.example.fi/*'];

  it('takes the frames of the site, about:blank and srcdoc editor frames by the origin they inherit', () => {
    const frames = [
      frame(0, 'https://tuki.example.fi/ticket/12'),
      frame(3, 'about:blank', 'https://tuki.example.fi'), // CKEditor 4, TinyMCE
      frame(4, 'about:srcdoc', 'https://tuki.example.fi'),
      frame(5, 'https://ads.example.com/frame'), // someone else's frame inside the page
      frame(6, 'about:blank', 'null'), // sandboxed
    ];
    expect(framesToCoach(frames, sites)).toEqual([0, 3, 4]);
  });

  it('leaves documents that already have a live coach alone (once per document)', () => {
    const frames = [frame(0, 'https://tuki.example.fi/', undefined, true), frame(2, 'about:blank', 'https://tuki.example.fi')];
    expect(framesToCoach(frames, sites)).toEqual([2]);
  });

  it('takes nothing on other sites, nor without sites', () => {
    expect(framesToCoach([frame(0, 'https://example.com/')], sites)).toEqual([]);
    expect(framesToCoach([frame(0, 'https://tuki.example.fi/')], [])).toEqual([]);
  });
});

/** A browser with open tabs of frames; records what was injected where. */
function fakeTabs(tabs: Record<number, OpenFrame[]>, failing: number[] = []) {
  const injected: Array<[number, number[]]> = [];
  const queried: string[][] = [];
  const api: OpenTabsApi = {
    async tabs(patterns) {
      queried.push(patterns);
      return Object.entries(tabs)
        .filter(([, frames]) => frames.some((f) => f.frameId === 0 && patterns.some((p) => framesToCoach([{ ...f, coached: false }], [p]).length)))
        .map(([id]) => Number(id));
    },
    async probe(tabId) {
      if (failing.includes(tabId)) throw new Error('Cannot access contents of the page');
      return tabs[tabId];
    },
    async inject(tabId, frameIds) {
      injected.push([tabId, frameIds]);
      for (const f of tabs[tabId]) if (frameIds.includes(f.frameId)) f.coached = true;
    },
  };
  return { api, injected, queried };
}

describe('coachOpenTabs', () => {
  it('injects into the matching frames of the matching tabs, and a second pass adds nothing', async () => {
    const { api, injected } = fakeTabs({
      1: [frame(0, 'http://127.0.0.1:8080/textarea.html'), frame(1, 'about:blank', 'http://127.0.0.1:8080')],
      2: [frame(0, 'https://example.com/')],
      3: [frame(0, 'http://127.0.0.1:9000/', undefined, true)],
    });
    expect(await coachOpenTabs(['http://127.0.0.1/*'], api)).toBe(2);
    expect(injected).toEqual([[1, [0, 1]]]);
    expect(await coachOpenTabs(['http://127.0.0.1/*'], api)).toBe(0);
    expect(injected).toHaveLength(1);
  });

  it('goes on past a tab it cannot script, and asks nothing when there are no sites', async () => {
    const { api, injected, queried } = fakeTabs({ 1: [frame(0, 'https://tuki.example.fi/')], 2: [frame(0, 'https://tuki.example.fi/x')] }, [1]);
    expect(await coachOpenTabs(['https://tuki.example.fi/*'], api)).toBe(1);
    expect(injected).toEqual([[2, [0]]]);
    expect(await coachOpenTabs([], api)).toBe(0);
    expect(queried).toHaveLength(1);
  });
});

describe('dynamicSitePatterns', () => {
  it('keeps valid admin and writer patterns once, and leaves the built-in ones to the manifest', () => {
    expect(dynamicSitePatterns(['http://127.0.0.1/*', BUILT_IN_SITES[0], 'nonsense'], ['http://127.0.0.1/*', 'https://b.example/*'])).toEqual([
      'http://127.0.0.1/*',
      'https://b.example/*',
    ]);
  });
});

describe('withoutPorts (Firefox match patterns cannot name a port)', () => {
  it('drops the port and keeps scheme, host and path; the same site twice stays once', () => {
    expect(withoutPorts(['http://127.0.0.1:18091/*', 'http://127.0.0.1:18092/*', 'https://help.example/tickets/*', 'http://*.intra:*/*'])).toEqual([
      'http://*.intra/*',
      'http://127.0.0.1/*',
      'https://help.example/tickets/*',
    ]);
  });
});
