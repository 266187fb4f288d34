import { describe, expect, it } from 'vitest';
import { HistoryReporter } from '../../components/history/reporter';
import { analyze } from '../../lib/index';
import type { HintEventInput, ReplyInput } from '../../lib/history/types';

describe('HistoryReporter (content script side)', () => {
  it('sends one reply summary per reply, shown once per hint, redacted snippets, and never throws', () => {
    const events: HintEventInput[][] = [];
    const replies: ReplyInput[] = [];
    let t = 1_000_000;
    const r = new HistoryReporter({
      host: 'tuki.example.fi',
      now: () => t,
      flushMs: 1e9,
      send: { events: (e) => void events.push(e), reply: (x) => void replies.push(x) },
    });
    const draft = 'Hei Maija,\nPahoittelemme mahdollista haittaa. Soita 040 123 4567 tai kirjoita maija@example.fi.';
    for (let i = 0; i < 20; i++) {
      t += 1000;
      const text = draft + ' Kiitos.'.repeat(i);
      r.analysed(text, analyze(text));
    }
    r.flush();
    expect(replies).toHaveLength(1);
    expect(replies[0].activeMs).toBe(19_000);
    const shown = events.flat();
    expect(shown.length).toBeGreaterThan(0);
    expect(new Set(shown.map((e) => e.hintId)).size).toBe(shown.length);
    expect(JSON.stringify(shown)).not.toMatch(/4567|maija@/);
    const hint = analyze(draft).hints[0];
    r.acted(hint, 'dismissed', draft, 'fi');
    r.flush();
    expect(events.flat().at(-1)!.action).toBe('dismissed');

    const broken = new HistoryReporter({
      host: 'a.fi',
      send: {
        events: () => {
          throw new Error('Extension context invalidated');
        },
        reply: () => Promise.reject(new Error('gone')),
      },
    });
    broken.analysed(draft, analyze(draft));
    expect(() => broken.flush()).not.toThrow();
  });
});
