// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { connectPageCoach, muteByMessage, pageHistory, type PageCoachWiring, type Send } from '../../components/coach/page-wiring';
import { flush, mountTestCoach, unmountTestCoach } from './coach-harness';

const DRAFT = 'Hei Maija, olisit lukenut ohjeet. Tämä EI OLE MAHDOLLISTA!!';

afterEach(() => unmountTestCoach());

describe('the page coach wiring (content script and practice inbox)', () => {
  it('reports the draft to the popup under its host and the history under its own, through the messages it is given', async () => {
    const sent: [string, unknown][] = [];
    const send = ((type: string, data: unknown) => (sent.push([type, data]), Promise.resolve())) as unknown as Send;
    const abort = new AbortController();
    const wiring: PageCoachWiring = { send, historyHost: 'practice', draftHost: 'tuki.example.fi', win: window, signal: abort.signal };
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
});
