/** Rulesets without their embedded examples, for the content script (scripts/vite-coach-rulesets.ts). */
declare module '*.json?coach' {
  const ruleset: unknown;
  export default ruleset;
}
