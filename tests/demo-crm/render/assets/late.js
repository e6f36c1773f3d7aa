/* global document, window */
// Rung demo CRM: content that loads late, like HubSpot cards after their API calls and
// rows rendered on scroll (research §0.3, §1.4). Pages put such content in
// <template data-late>; this reveals it 300 ms after load and after each SPA navigation.
// An external file because the demo's CSP allows no inline script.
(function () {
  'use strict';
  var DELAY_MS = 300;
  function reveal() {
    window.setTimeout(function () {
      var templates = document.querySelectorAll('template[data-late]');
      for (var i = 0; i < templates.length; i++) {
        var template = templates[i];
        template.replaceWith(template.content.cloneNode(true));
      }
    }, DELAY_MS);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', reveal);
  else reveal();
  document.addEventListener('demo:navigated', reveal);
})();
