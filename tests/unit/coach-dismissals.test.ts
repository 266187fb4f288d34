import { describe, expect, it } from 'vitest';
import { carryDismissals, editBetween, followHints, isDismissed } from '../../components/coach/dismissals';

const d = (start: number, end: number, ruleId = 'r') => ({ ruleId, start, end });

describe('dismissals', () => {
  it('finds the one stretch an edit replaced', () => {
    expect(editBetween('abc', 'abXc')).toEqual({ from: 2, oldEnd: 2, newEnd: 3 });
    expect(editBetween('aaa', 'aaaa')).toEqual({ from: 3, oldEnd: 3, newEnd: 4 });
    expect(editBetween('hello world', 'hello')).toEqual({ from: 5, oldEnd: 11, newEnd: 5 });
  });

  it('keeps a dismissal before the edit, moves one after it, follows words typed inside', () => {
    const before = 'Hei. Olisit lukenut ohjeet. Loppu.';
    const at = before.indexOf('Olisit lukenut');
    const dismissal = d(at, at + 'Olisit lukenut'.length);
    // typed at the end: unchanged
    expect(carryDismissals([dismissal], before, `${before} Lisää tekstiä`)).toEqual([dismissal]);
    // a line added above: moved
    const above = `Uusi rivi\n${before}`;
    expect(carryDismissals([dismissal], before, above)).toEqual([d(at + 10, at + 10 + 14)]);
    // a word typed inside the hinted words: it grows with them
    const inside = before.replace('Olisit lukenut', 'Olisit kyllä lukenut');
    expect(carryDismissals([dismissal], before, inside)).toEqual([d(at, at + 20)]);
  });

  it('forgets a dismissal whose words the edit cut through', () => {
    const before = 'Ok. Olisit lukenut ohjeet.';
    expect(carryDismissals([d(4, 18)], before, 'Ok. Olisit luk')).toEqual([]);
    expect(carryDismissals([d(4, 18)], before, 'OSinä lukenut ohjeet.')).toEqual([]);
  });

  it('matches the same rule on the same words, and follows a hint that grew', () => {
    const list = [d(5, 10, 'a')];
    expect(isDismissed(list, { ruleId: 'a', start: 5, end: 10 })).toBe(true);
    expect(isDismissed(list, { ruleId: 'b', start: 5, end: 10 })).toBe(false);
    expect(isDismissed(list, { ruleId: 'a', start: 10, end: 12 })).toBe(false);
    const hint = { id: 'x', ruleId: 'a', category: 'c', severity: 'warning' as const, start: 5, end: 14, text: '', message: '', suggestions: [] };
    expect(followHints(list, [hint])).toEqual([d(5, 14, 'a')]);
  });
});
