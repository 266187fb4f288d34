// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  connectPageCoach,
  followCoachUpdates,
  muteByMessage,
  pageHistory,
  type Listen,
  type PageCoachWiring,
  type Send,
} from '../../components/coach/page-wiring';
import { flush, mountTestCoach, unmountTestCoach } from './coach-harness';

const DRAFT = 'Hei Maija, olisit lukenut ohjeet. Tämä EI OLE MAHDOLLISTA!!';
const noListen = (() => () => undefined) as unknown as Listen;

afterEach(() => unmountTestCoach());

describe('the page coach wiring (content script and practice inbox)', () => {
  it('reports the draft to the popup under its host and the history under its own, through the messages it is given', async () => {
    const sent: [string, unknown][] = [];
    const send = ((type: string, data: unknown) => (sent.push([type, data]), Promise.resolve())) as unknown as Send;
    const abort = new AbortController();
    const wiring: PageCoachWiring = {
      send,
      listen: noListen,
      historyHost: 'practice',
      draftHost: 'tuki.example.fi',
      win: window,
      signal: abort.signal,
    };
    const history = pageHistory(wiring);
    const { coach } = mountTestCoach(`<textarea id="t">${DRAFT}</textarea>`, { history: history.history });
    connectPageCoach(coach, history, 'paused', wiring);
    coach.start();
    const ta = document.querySelector<HTMLTextAreaElement>('#t')!;
    ta.focus();
    ta.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    await flush();
    await vi.waitFor(() => expect(sent.find(([t]) => t === 'draftStatus')?.[1]).toMatchObject({ host: 'tuki.example.fi' }), { timeout: 3000 });
    const status = sent.find(([t]) => t === 'draftStatus')![1] as { hints: number };
    expect(status.hints).toBeGreaterThan(0);
    window.dispatchEvent(new Event('pagehide'));
    await vi.waitFor(() => expect(sent.some(([t]) => t === 'historyEvents')).toBe(true));
    expect(JSON.stringify(sent.filter(([t]) => t === 'historyEvents'))).toContain('"host":"practice"');
    abort.abort();
  });

  it('asks the background to mute a rule, and a refusing or absent background throws nothing into the page', async () => {
    const sent: [string, unknown][] = [];
    const send = ((type: string, data: unknown) => (sent.push([type, data]), Promise.reject(new Error('no background')))) as unknown as Send;
    expect(() => muteByMessage(send)('fi-blame-you')).not.toThrow();
    await flush();
    expect(sent).toEqual([['muteRule', { ruleId: 'fi-blame-you', muted: true }]]);
  });

  it("follows the background's coachUpdate: the history's new status shows, new rules are asked for, and it stops with the page", async () => {
    const listeners = new Map<string, (m: { data: unknown }) => void>();
    let stopped = 0;
    const listen = ((type: string, fn: (m: { data: unknown }) => void) => (listeners.set(type, fn), () => stopped++)) as unknown as Listen;
    const send = (() => Promise.resolve()) as unknown as Send;
    const abort = new AbortController();
    const wiring: PageCoachWiring = { send, listen, historyHost: 'tuki.example.fi', draftHost: 'tuki.example.fi', win: window, signal: abort.signal };
    const history = pageHistory(wiring);
    const { coach, shadow } = mountTestCoach(`<textarea id="t">${DRAFT}</textarea>`, { history: history.history });
    connectPageCoach(coach, history, null, wiring);
    let reloads = 0;
    followCoachUpdates(history, () => reloads++, wiring);
    coach.start();
    const ta = document.querySelector<HTMLTextAreaElement>('#t')!;
    ta.focus();
    ta.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    await flush();
    expect(shadow.querySelector('[data-savy-notice]')).toBeNull();
    const update = listeners.get('coachUpdate')!;
    update({ data: { historyStatus: { paused: true, reason: 'quota' } } });
    await flush();
    expect(shadow.querySelector('[data-savy-notice]')?.textContent).toContain('history is paused');
    expect(reloads).toBe(0);
    update({ data: { rules: true } });
    expect(reloads).toBe(1);
    expect(() => update({ data: null })).not.toThrow();
    abort.abort();
    expect(stopped).toBe(1);
  });
});
