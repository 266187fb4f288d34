/** The progress charts' axes: round ticks that print as they are, whole numbers for counts, short week labels. */
import { describe, expect, it } from 'vitest';
import { labelEvery, niceTicks, weekLabel } from '../../components/progress/Chart';

describe('chart axes', () => {
  it('gives counts whole-number ticks, never 0,2 and 0,4', () => {
    expect(niceTicks(1, true)).toEqual({ ticks: [0, 1], digits: 0 });
    expect(niceTicks(5, true)).toEqual({ ticks: [0, 1, 2, 3, 4, 5], digits: 0 });
    expect(niceTicks(3, true).ticks.every(Number.isInteger)).toBe(true);
    expect(niceTicks(0, true).ticks).toEqual([0, 1]);
    expect(niceTicks(37, true)).toEqual({ ticks: [0, 10, 20, 30, 40], digits: 0 });
  });

  it('prints decimal ticks with the decimals they have, so 0,25 is not shown as 0,3', () => {
    expect(niceTicks(1)).toEqual({ ticks: [0, 0.2, 0.4, 0.6, 0.8, 1], digits: 1 });
    expect(niceTicks(0.9)).toEqual({ ticks: [0, 0.2, 0.4, 0.6, 0.8, 1], digits: 1 });
    const { ticks, digits } = niceTicks(1.2);
    expect(ticks).toEqual([0, 0.25, 0.5, 0.75, 1, 1.25]);
    expect(digits).toBe(2);
    expect(niceTicks(12.8)).toEqual({ ticks: [0, 5, 10, 15], digits: 0 });
  });

  it('labels a week by its Monday, day and month, in the UI language', () => {
    const monday = Date.UTC(2026, 10, 30);
    expect(weekLabel(monday, 'fi')).toBe('30.11.');
    expect(weekLabel(monday, 'en')).toBe('30/11');
    // Labels thin out so that they never run into each other.
    expect(labelEvery(1, 600)).toBe(1);
    expect(labelEvery(12, 600)).toBe(1);
    expect(labelEvery(52, 600)).toBe(5);
  });
});
