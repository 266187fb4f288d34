/**
 * Vite plugin: `import fi from './rulesets/fi.json?coach'` gives the ruleset without what the content script
 * never reads (each rule's embedded `examples`, which are for `savy ruleset test` and the options page).
 * Used by wxt.config.ts and vitest.config.ts; importers: lib/content-engine.ts.
 */
import { readFileSync } from 'node:fs';

const SUFFIX = '?coach';
const PREFIX = '\0savy-coach-ruleset:';

export function coachRulesets() {
  return {
    name: 'savy-coach-rulesets',
    enforce: 'pre' as const,
    async resolveId(this: { resolve(id: string, importer?: string, o?: object): Promise<{ id: string } | null> }, id: string, importer?: string) {
      if (!id.endsWith(`.json${SUFFIX}`)) return null;
      const resolved = await this.resolve(id.slice(0, -SUFFIX.length), importer, { skipSelf: true });
      // An id that does not end in .json, so Vite's JSON plugin leaves the module alone.
      return resolved ? `${PREFIX}${resolved.id}.mjs` : null;
    },
    load(id: string) {
      if (!id.startsWith(PREFIX)) return null;
      const ruleset = JSON.parse(readFileSync(id.slice(PREFIX.length, -'.mjs'.length), 'utf8')) as { rules?: Record<string, unknown>[] };
      const slim = { ...ruleset, rules: (ruleset.rules ?? []).map((r) => ({ ...r, examples: { match: [] } })) };
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(slim))});`;
    },
  };
}
