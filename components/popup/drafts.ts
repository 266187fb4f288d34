/**
 * The background's memory of each tab's draft (the popup's five steps): the latest `draftStatus` per tab and
 * frame, mirrored to `storage.session` so a restarted service worker still knows it. The popup asks for a tab and
 * gets the most recent status among its frames, or null.
 */
import { LANGUAGES, STEP_IDS, type Language, type Steps } from '../../lib/coaching';
import type { DraftStatus } from '../../lib/protocol';

export const DRAFTS_KEY = 'savyDrafts';

export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

type Frames = Record<string, { status: DraftStatus; at: number }>;

/** A draft status from a message, checked field by field; null when it is not one. */
export function toDraftStatus(v: unknown): DraftStatus | null {
  if (!v || typeof v !== 'object') return null;
  const o = v as Record<string, unknown>;
  if (typeof o.host !== 'string' || !LANGUAGES.includes(o.language as Language)) return null;
  if (typeof o.hints !== 'number' || !Number.isFinite(o.hints) || o.hints < 0) return null;
  if (!o.steps || typeof o.steps !== 'object') return null;
  const steps = {} as Steps;
  for (const id of STEP_IDS) steps[id] = (o.steps as Record<string, unknown>)[id] === true;
  const weak = Array.isArray(o.weak) ? STEP_IDS.filter((id) => steps[id] && (o.weak as unknown[]).includes(id)) : [];
  const status: DraftStatus = { host: o.host.slice(0, 253), language: o.language as Language, hints: Math.floor(o.hints), steps };
  return weak.length ? { ...status, weak } : status;
}

export class DraftStore {
  private tabs: Record<string, Frames> = {};
  private loaded: Promise<void> | null = null;
  private lastAt = 0;

  constructor(
    private readonly area: SessionArea | null,
    private readonly now: () => number = Date.now,
  ) {}

  private load(): Promise<void> {
    return (this.loaded ??= (async () => {
      try {
        const got = (await this.area?.get(DRAFTS_KEY))?.[DRAFTS_KEY];
        if (got && typeof got === 'object') this.tabs = { ...(got as Record<string, Frames>), ...this.tabs };
      } catch {
        // no session storage: memory only
      }
    })());
  }

  private async save(): Promise<void> {
    try {
      await this.area?.set({ [DRAFTS_KEY]: this.tabs });
    } catch {
      // memory only
    }
  }

  /** A frame of a tab reported its draft (or null: no draft there any more). */
  async set(tabId: number, frameId: number, status: unknown): Promise<void> {
    await this.load();
    const frames = { ...(this.tabs[tabId] ?? {}) };
    const s = toDraftStatus(status);
    // A later message in the same millisecond is still the newer one.
    if (s) frames[frameId] = { status: s, at: (this.lastAt = Math.max(this.now(), this.lastAt + 1)) };
    else delete frames[frameId];
    if (Object.keys(frames).length) this.tabs[tabId] = frames;
    else delete this.tabs[tabId];
    await this.save();
  }

  async get(tabId: number): Promise<DraftStatus | null> {
    await this.load();
    const frames = Object.values(this.tabs[tabId] ?? {});
    if (!frames.length) return null;
    return frames.reduce((a, b) => (b.at > a.at ? b : a)).status;
  }

  /** The tab closed or loads a new page. */
  async clearTab(tabId: number): Promise<void> {
    await this.load();
    if (!(tabId in this.tabs)) return;
    delete this.tabs[tabId];
    await this.save();
  }
}
