import { defineConfig } from 'vitest/config';

// Firefox end to end: the built add-on (.output/firefox-mv2) in Debian's firefox-esr through puppeteer-core (WebDriver BiDi).
export default defineConfig({
  test: {
    include: ['tests/firefox/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    // expect.poll waits for what a user would see; vitest's default of 1 s is too short on a loaded CI machine.
    expect: { poll: { timeout: 15_000 } },
    // A real browser on a loaded machine (and real reply tools) can miss a beat once; a test that fails twice in a
    // row is red. As Playwright's own CI default, one retry.
    retry: 1,
  },
});
