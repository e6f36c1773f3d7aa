import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { BUILT_IN_MATCHES, BUILT_IN_SITES } from './lib/crms/registry';

// Host permissions are the CRM hosts Rung reads out of the box (the registry's drivers on
// fixed hosts). Self-hosted shops (WooCommerce, custom CRMs) are requested at run time as
// optional host permissions.

export default defineConfig({
  // MV3 everywhere: Firefox MV3 has scripting.registerContentScripts, which enabling a
  // self-hosted shop needs.
  manifestVersion: 3,
  modules: ['@wxt-dev/webextension-polyfill'],
  // The AMO sources zip: the code and its tests, not local demo runs.
  zip: { excludeSources: ['demo-output/**', 'test-results/**', '**/*.log'] },
  // RUNG_UNMINIFIED=1 keeps function names in the build, for reading CPU profiles.
  vite: () => ({
    plugins: [preact()],
    ...(process.env.RUNG_UNMINIFIED === '1' ? { build: { minify: false } } : {}),
  }),
  hooks: {
    // Each driver on fixed hosts brings its own content script, lib/crms/<id>/content-script.ts,
    // built as `content-scripts/<id>.js`; WXT reads its matches from the file like any other.
    'entrypoints:found': (_wxt, infos) => {
      for (const site of BUILT_IN_SITES) {
        infos.push({
          name: site.id,
          inputPath: resolve(import.meta.dirname, 'lib/crms', site.id, 'content-script.ts'),
          type: 'content-script',
        });
      }
    },
  },
  manifest: ({ browser }) => ({
    // Names come from _locales (en, pl, ru, fa).
    name: '__MSG_ext_name__',
    description: '__MSG_ext_description__',
    default_locale: 'en',
    // storage: IndexedDB quota and session state; scripting: inject on sites the user
    // enabled; activeTab: the popup may see which site the tab shows when the user opens
    // it (to offer "Enable Rung on this site"), and no other tab, ever; sidePanel: the
    // customer panel (Firefox uses sidebar_action instead).
    permissions:
      browser === 'firefox'
        ? ['storage', 'scripting', 'activeTab']
        : ['storage', 'scripting', 'activeTab', 'sidePanel'],
    host_permissions: BUILT_IN_MATCHES,
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    action: { default_title: '__MSG_ext_action_title__' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'rung@rung.invalid',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
