/**
 * The practice inbox's tickets (lib/practice/tickets.json): valid, varied, and with weak model replies that the
 * coach itself finds weak. If a weak reply stops being flagged, make its problems clearer; do not loosen the test.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/index';
import { PracticeTicketSchema } from '../../lib/ruleset/schema';
import tickets from '../../lib/practice/tickets.json';

const parsed = (tickets as unknown[]).map((t) => PracticeTicketSchema.parse(t));
const count = (pred: (t: (typeof parsed)[number]) => boolean) => parsed.filter(pred).length;
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

describe('practice tickets', () => {
  it('is an array of tickets that each validate with PracticeTicketSchema', () => {
    expect(Array.isArray(tickets)).toBe(true);
    for (const t of tickets as unknown[]) {
      const r = PracticeTicketSchema.safeParse(t);
      expect(r.success, `${(t as { id?: string }).id}: ${r.error?.message}`).toBe(true);
    }
  });

  it('has unique ids that start with the ticket language', () => {
    const ids = parsed.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const t of parsed) expect(t.id.startsWith(`${t.language}-`), t.id).toBe(true);
  });

  it('has enough tickets per language, settings and kinds', () => {
    expect(parsed.length).toBeGreaterThanOrEqual(24);
    expect(count((t) => t.language === 'fi')).toBeGreaterThanOrEqual(12);
    expect(count((t) => t.language === 'en')).toBeGreaterThanOrEqual(6);
    expect(count((t) => t.language === 'sv')).toBeGreaterThanOrEqual(5);
    const settings = new Set(parsed.map((t) => t.setting).filter(Boolean));
    expect(settings.size).toBeGreaterThanOrEqual(7);
    for (const s of ['benefits', 'payroll', 'daycare', 'municipal', 'webshop', 'telecom', 'energy']) {
      expect(settings.has(s), s).toBe(true);
    }
    expect(count((t) => t.kind === 'complaint')).toBeGreaterThan(count((t) => t.kind === 'question'));
    expect(count((t) => t.kind === 'question')).toBeGreaterThan(0);
    expect(count((t) => t.weakReply !== undefined)).toBeGreaterThanOrEqual(Math.floor(parsed.length / 3));
  });

  it('gives every ticket a setting, and a customer message of 40–150 words in the ticket language', () => {
    for (const t of parsed) {
      expect(t.setting, t.id).toMatch(/^[a-z]+$/);
      const n = words(t.customer);
      expect(n, `${t.id}: ${n} words`).toBeGreaterThanOrEqual(40);
      expect(n, `${t.id}: ${n} words`).toBeLessThanOrEqual(150);
      expect(analyze(t.customer).language, t.id).toBe(t.language);
    }
  });

  describe('every weak reply is weak to the coach', () => {
    for (const t of parsed.filter((x) => x.weakReply !== undefined)) {
      it(t.id, () => {
        const a = analyze(t.weakReply!);
        expect(a.language).toBe(t.language);
        const summary = a.hints.map((h) => `${h.ruleId}: ${h.text}`).join('\n');
        expect(a.hints.length, summary).toBeGreaterThanOrEqual(2);
        expect(new Set(a.hints.map((h) => h.category)).size, summary).toBeGreaterThanOrEqual(2);
        const missing = Object.entries(a.steps).filter(([, covered]) => !covered);
        expect(missing.length, JSON.stringify(a.steps)).toBeGreaterThanOrEqual(1);
      });
    }
  });
});
