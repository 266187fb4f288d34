#!/usr/bin/env node
// npm test: type-check, lint (Biome: rules and import boundaries, biome.jsonc), unit and component tests, build, then the end-to-end tests in Chromium, then the Firefox
// build and its end-to-end tests in Debian's firefox-esr. Ends with one plain summary line, "N passed, N failed",
// across every suite.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CHROMIUM = process.env.SAVY_CHROMIUM ?? '/usr/bin/chromium';
const FIREFOX = process.env.SAVY_FIREFOX ?? '/usr/bin/firefox-esr';
const out = mkdtempSync(join(tmpdir(), 'savy-test-'));
let passed = 0;
let failed = 0;
const problems = [];

function run(label, cmd, args) {
  console.log(`\n▶ ${label}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status !== 0) problems.push(`${label} exited with ${r.status ?? r.signal}`);
  return r.status === 0;
}

function vitest(label, config) {
  const report = join(out, `${label}.json`);
  run(label, 'npx', ['vitest', 'run', '--config', config, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);
  if (!existsSync(report)) {
    failed++;
    problems.push(`${label}: no test report`);
    return;
  }
  const r = JSON.parse(readFileSync(report, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests + (r.numTotalTestSuites > 0 && r.success === false && r.numFailedTests === 0 ? 1 : 0);
}

run('type-check', 'npx', ['tsc', '--noEmit', '-p', '.']);
run('lint and format', 'npx', ['biome', 'check', '.']);
vitest('unit', 'vitest.config.ts');

const hasE2e = existsSync('tests/e2e') && readdirSync('tests/e2e').some((f) => f.endsWith('.test.ts'));
if (hasE2e) {
  if (!existsSync(CHROMIUM)) {
    console.error(`\n✖ end-to-end tests need Chromium at ${CHROMIUM} (apt-get install -y chromium); set SAVY_CHROMIUM to use another.`);
    problems.push('no Chromium for the end-to-end tests');
    failed++;
  } else if (run('build', 'npx', ['wxt', 'build'])) {
    vitest('e2e', 'vitest.e2e.config.ts');
  } else {
    failed++;
  }
}

const hasFirefox = existsSync('tests/firefox') && readdirSync('tests/firefox').some((f) => f.endsWith('.test.ts'));
if (hasFirefox) {
  if (!existsSync(FIREFOX)) {
    console.error(`\n✖ Firefox end-to-end tests need Firefox ESR at ${FIREFOX} (apt-get install -y firefox-esr); set SAVY_FIREFOX to use another.`);
    problems.push('no Firefox for the Firefox end-to-end tests');
    failed++;
  } else if (run('build (Firefox)', 'npx', ['wxt', 'build', '-b', 'firefox'])) {
    vitest('firefox', 'vitest.firefox.config.ts');
  } else {
    failed++;
  }
}

console.log('');
for (const p of problems) console.log(`✖ ${p}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && problems.length === 0 ? 0 : 1);
