import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';
import { coachRulesets } from './scripts/vite-coach-rulesets';

export default defineConfig({
  plugins: [WxtVitest(), preact(), coachRulesets()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'lib/**/*.test.ts'],
    environment: 'node',
  },
});
