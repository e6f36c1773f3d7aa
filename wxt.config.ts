import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { BUILT_IN_MATCHES } from './lib/adapters/page-identity';

// Host permissions are the CRM hosts Rung reads out of the box. Self-hosted shops
// (WooCommerce, custom CRMs) are requested at run time as optional host permissions.

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Rung',
    description:
      'Customer segmentation on the loyalty ladder, inside your CRM. Nothing leaves your machine.',
    permissions: browser === 'firefox' ? ['storage'] : ['storage', 'sidePanel'],
    host_permissions: BUILT_IN_MATCHES,
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    action: { default_title: 'Rung' },
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
