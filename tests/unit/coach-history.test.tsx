// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { CoachDeps } from '../../components/coach/controller';
import { linkHistory } from '../../components/history/coach-history';
import { analyze } from '../../lib/index';
import type { HintEventInput, ReplyInput } from '../../lib/history/types';
import { flush, mountTestCoach, unmountTestCoach } from './coach-harness';
import { writerClick } from './trusted-input';

const DRAFT = 'Hei Maija, olisit lukenut ohjeet. Kirjoita maija.meikalainen@example.com. Tämä EI OLE MAHDOLLISTA!!';
let abort: AbortController;

function setup(extra: Partial<CoachDeps> = {}, status: unknown = undefined) {
  abort = new AbortController(); // the history link's; the coach has its own
  const events: HintEventInput[] = [];
  const replies: ReplyInput[] = [];
  let told = 0;
  const link = linkHistory({
    host: 'tuki.example.fi',
    send: { events: (e) => void events.push(...e), reply: (r) => void replies.push(r) },
    told: () => void told++,
    win: window,
    signal: abort.signal,
    flushMs: 1e9,
  });
  const { coach, shadow, muted } = mountTestCoach(`<textarea id="t">${DRAFT}</textarea><textarea id="u">Hei, kiitos viestistä.</textarea>`, {
    history: link.history,
    ...extra,
  });
  link.connect(coach);
  link.status(status);
  coach.start();
  const focus = async (sel: string) => {
    const ta = document.querySelector<HTMLTextAreaElement>(sel)!;
    ta.focus();
    ta.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    await flush();
    return ta;
  };
  return { coach, shadow, muted, events, replies, link, focus, told: () => told };
}

afterEach(() => {
  abort?.abort();
  unmountTestCoach();
});

describe('coach → history', () => {
  it('reports shown, dismissed, muted and one reply per field, redacted, and never throws', async () => {
    const { coach, shadow, events, replies, link, focus } = setup();
    await focus('#t');
    const expected = analyze(DRAFT, { uiLanguage: 'en' });
    writerClick(shadow.querySelector('[data-savy-badge]'));
    await flush();
    const first = shadow.querySelector('[data-savy-hint]')!;
    const dismissedRule = first.getAttribute('data-rule');
    writerClick(first.querySelector('[data-savy-dismiss]'));
    await flush();
    const second = shadow.querySelector('[data-savy-hint]')!;
    const mutedRule = second.getAttribute('data-rule');
    writerClick(second.querySelector('[data-savy-mute]'));
    coach.closePanel();
    await focus('#u'); // another field: a new reply
    link.reporter.flush();

    expect(
      events
        .filter((e) => e.action === 'shown')
        .map((e) => e.ruleId)
        .sort(),
    ).toEqual([...expected.hints.map((h) => h.ruleId), ...analyze('Hei, kiitos viestistä.').hints.map((h) => h.ruleId)].sort());
    expect(events.filter((e) => e.action === 'dismissed').map((e) => e.ruleId)).toEqual([dismissedRule]);
    expect(events.filter((e) => e.action === 'muted').map((e) => e.ruleId)).toEqual([mutedRule]);
    expect(events.every((e) => e.host === 'tuki.example.fi')).toBe(true);
    expect(JSON.stringify(events)).not.toContain('maija.meikalainen');
    expect(new Set(replies.map((r) => r.id)).size).toBe(2);
    expect(replies.find((r) => r.words > 10)!.hints).toBe(expected.hints.length);
  });

  it('a history that throws does not stop the coach', async () => {
    const { shadow, focus } = setup({
      history: {
        analysed: () => {
          throw new Error('Extension context invalidated');
        },
        acted: () => {
          throw new Error('gone');
        },
        startReply: () => undefined,
      },
    });
    await focus('#t');
    const badge = shadow.querySelector('[data-savy-badge]')!;
    expect(Number(badge.getAttribute('data-count'))).toBeGreaterThan(0);
  });

  it('tells the writer once that history is paused, in the coach', async () => {
    const { coach, shadow, told, link, focus } = setup({}, { paused: true, reason: 'quota' });
    expect(told()).toBe(0); // no field yet: nothing shown
    await focus('#t');
    expect(coach.status.value).toBe('coachHistoryPaused');
    expect(shadow.querySelector('[data-savy-notice]')!.textContent).toContain('history is paused');
    expect(told()).toBe(1);
    link.status({ paused: true, reason: 'quota', told: true });
    await focus('#u');
    expect(told()).toBe(1);
    writerClick(shadow.querySelector('[data-savy-notice] button'));
    await flush();
    expect(shadow.querySelector('[data-savy-notice]')).toBeNull();
  });
});
