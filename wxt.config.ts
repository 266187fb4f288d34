import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See https://wxt.dev/api/config.html
export default defineConfig({
  srcDir: '.',
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
  },
  vite: () => ({
    // @preact/preset-vite is typed against the newest Vite; WXT bundles its own. They work together.
    plugins: [preact() as never],
  }),
});
