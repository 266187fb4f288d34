import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { coachRulesets } from './scripts/vite-coach-rulesets';
import { bundledCoachText } from './components/coach/text-bundled';
import { COACH_TEXT_KEY, coachTextEntry } from './components/coach/text-locale';

/**
 * Public half of the key that pins the extension id to `ehnbeiaogmkkbopebljnlijgjcapbhgg` (policy files and the
 * end-to-end tests name it). The private half is not in the repository: the store signs the published package.
 */
const EXTENSION_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAnNIGDbv3Ox2q26bLkYsAmbdVmrSKDdSnOO8asfHOc0EMPFwVSUyq+qYvcEnyvC1OEVmEKT3QlAjwZQiOuN9XL5/cv3JRFfGbYYVCQ1tpmdM503HYirv1xbJrOJSw+isj/xEzoaJXxTNKj5YjP9vMbdbQZWbxgchH/pFurND6HGPtxLXXaFSKYtZaJzcdCGlEJREzG8P3B9p39PVtaTJ9sBWDXz+An2M0tKaI8KzjS2FogSZEJ+5X5Uq1BnPmYaL63fKQos4UeB8kcRsegcrp0xpIaevmm4K+CzJL9GmPIMxw67DcUg08jrOtd8LrrR3dWKTrIWq+EJtK6qVEb/QdxQIDAQAB';

/** Sävy's id in Firefox: administrators name it in policies.json → 3rdparty.Extensions (docs/team-rulesets.md). */
const FIREFOX_ID = 'savy@savy.invalid';

// See https://wxt.dev/api/config.html
export default defineConfig({
  srcDir: '.',
  // Every module imports what it uses: no auto-imports (they pulled components/i18n.ts, with every page's
  // messages in three languages, into the content script).
  imports: false,
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Permissions: see README.md, "Permissions". Built-in sites are declared for the content script in
    // entrypoints/coach.content; writer and administrator sites are registered at run time by the background.
    permissions: ['storage', 'scripting', 'alarms'],
    host_permissions: ['<all_urls>'],
    ...(browser === 'firefox'
      ? // Firefox reads policy (storage.managed, policies.json 3rdparty.Extensions) only for an extension with an id.
        { browser_specific_settings: { gecko: { id: FIREFOX_ID } } }
      : {
          key: EXTENSION_KEY,
          storage: { managed_schema: 'managed-schema.json' },
        }),
  }),
  hooks: {
    // The coach's UI text in fi, en and sv, one entry of the default locale (components/coach/text-locale.ts): the
    // coach reads it with i18n.getMessage instead of bundling it (about 2 KB of the content script's budget).
    'build:publicAssets': (_wxt, files) => {
      const i = files.findIndex((f) => f.relativeDest.replaceAll('\\', '/') === '_locales/en/messages.json');
      const file = files[i];
      if (!file || !('absoluteSrc' in file)) throw new Error('no _locales/en/messages.json to put the coach text in');
      const messages = JSON.parse(readFileSync(file.absoluteSrc, 'utf8')) as Record<string, unknown>;
      if (COACH_TEXT_KEY in messages) throw new Error(`_locales/en/messages.json has its own ${COACH_TEXT_KEY}`);
      messages[COACH_TEXT_KEY] = coachTextEntry(bundledCoachText());
      files[i] = { relativeDest: file.relativeDest, contents: `${JSON.stringify(messages, null, 2)}\n` };
    },
  },
  vite: () => ({
    // @preact/preset-vite is typed against the newest Vite; WXT bundles its own. They work together.
    plugins: [preact() as never, coachRulesets() as never],
    build: {
      // Terser packs the content script about 1.7 KB (gzipped) smaller than Vite's default esbuild: room in its 60 KB
      // budget (docs/benchmarks.md) for what the coach has to read. Vite turns on terser's `safari10` workarounds;
      // Sävy runs in Chromium and Firefox only, and without them the script packs about 290 bytes smaller.
      minify: 'terser' as const,
      terserOptions: { safari10: false, compress: { passes: 2 } },
      // ES2022 rather than a list of browsers: with browsers esbuild writes every /\p{…}/u literal as `new RegExp(…)`
      // (205 bytes gzipped in the content script, and a regular expression built on each call in the engine's hot
      // paths). Chromium and Firefox have had ES2022 and Unicode property escapes for years (Chrome 94, Firefox 93).
      target: 'es2022',
    },
  }),
});
