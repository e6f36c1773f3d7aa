/** The built CRM content script, as WXT emits it (entrypoints/crm.content/). */
export const CONTENT_SCRIPT_FILE = '/content-scripts/crm.js';
