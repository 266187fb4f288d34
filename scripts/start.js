#!/usr/bin/env node
// npm start: build Sävy and open a browser with the extension loaded and its practice inbox open.
// On a machine with no display it says so and explains how to load the built extension by hand.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { homedir, platform, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const EXTENSION_ID = 'ehnbeiaogmkkbopebljnlijgjcapbhgg'; // pinned by the manifest key in wxt.config.ts
const DIR = resolve('.output/chrome-mv3');
const PAGE = `chrome-extension://${EXTENSION_ID}/practice.html`;

const byHand = `
To load Sävy by hand:
  Chrome / Edge: open chrome://extensions (edge://extensions), turn on Developer mode,
                 choose "Load unpacked" and pick ${DIR}
  Then open ${PAGE}`;

console.log('▶ building Sävy (wxt build)');
const build = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit', shell: platform() === 'win32' });
if (build.status !== 0) {
  console.error('✖ the build failed; see above.');
  process.exit(1);
}

const candidates = [
  process.env.SAVY_CHROMIUM,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  join(process.env.LOCALAPPDATA ?? '', 'Chromium/Application/chrome.exe'),
].filter(Boolean);
const browser = candidates.find((p) => existsSync(p));

if (platform() === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.log(`\nSävy is built in ${DIR}, but this machine has no display (DISPLAY is not set), so no browser can open here.${byHand}`);
  process.exit(0);
}
if (!browser) {
  console.log(
    `\nSävy is built in ${DIR}. No Chromium was found (set SAVY_CHROMIUM to its path; branded Google Chrome no longer accepts --load-extension).${byHand}`,
  );
  process.exit(0);
}

const profile = join(tmpdir(), `savy-profile-${process.getuid?.() ?? 'user'}`);
mkdirSync(profile, { recursive: true });
console.log(`▶ opening ${browser} with Sävy and the practice inbox (profile ${profile.replace(homedir(), '~')})`);
const child = spawn(
  browser,
  [
    `--user-data-dir=${profile}`,
    `--disable-extensions-except=${DIR}`,
    `--load-extension=${DIR}`,
    '--no-first-run',
    '--no-default-browser-check',
    // Chromium refuses to start as root without it (containers, CI machines).
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    PAGE,
  ],
  { detached: true, stdio: 'ignore' },
);
child.on('error', (e) => {
  console.error(`✖ could not start ${browser}: ${e.message}${byHand}`);
  process.exit(1);
});
child.unref();
