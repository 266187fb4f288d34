import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';
import { coachRulesets } from './scripts/vite-coach-rulesets';

export default defineConfig({
  plugins: [WxtVitest(), preact(), coachRulesets()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'lib/**/*.test.ts'],
    setupFiles: ['tests/unit/setup.ts'],
    environment: 'node',
    // No test asserts a duration; the default 5 s limit only turned property tests red on a loaded 2-core machine.
    testTimeout: 60_000,
  },
});
