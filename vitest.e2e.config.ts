import { defineConfig } from 'vitest/config';

// End-to-end tests: the built extension (.output/chrome-mv3) in Debian's Chromium through playwright-core.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    // expect.poll waits for what a user would see (a badge, an applied rewrite, a fetch); vitest's default of 1 s
    // turned such waits red on a loaded 2-core CI machine. A poll ends as soon as its condition holds.
    expect: { poll: { timeout: 15_000 } },
    // A real browser on a loaded machine (and real reply tools) can miss a beat once; a test that fails twice in a
    // row is red. As Playwright's own CI default, one retry.
    retry: 1,
  },
});
