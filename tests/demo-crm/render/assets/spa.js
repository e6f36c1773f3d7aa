/* global document, window, DOMParser, URL, CustomEvent, Element, fetch */
// Rung demo CRM: client-side navigation like HubSpot's and Shopify's (research §0.2, §1.4).
// Links marked data-spa change the URL with history.pushState; the old view stays until
// the new page arrives ~400 ms later, and on a HubSpot contact record a stale company card
// (object type 0-2) is left behind in the sidebar, as HubSpot does during a record swap.
// Built with DOM APIs only: no innerHTML, no inline script (the demo's CSP forbids it).
(function () {
  'use strict';
  var SWAP_DELAY_MS = 400;
  var generation = 0;

  function staleCompanyCard() {
    var card = document.createElement('div');
    card.setAttribute('data-card-type', 'PROPERTIES_V3');
    card.setAttribute('data-card-id', 'PROPERTIES_V3/0-2/V2');
    card.setAttribute('data-demo-stale', '');
    var title = document.createElement('h1');
    title.setAttribute('data-selenium-test', 'record-title');
    title.textContent = 'Previous Company Ltd';
    var stage = document.createElement('span');
    stage.setAttribute('data-selenium-test', 'property-input-lifecyclestage');
    stage.textContent = 'Lead';
    card.append(title, stage);
    return card;
  }

  function swap(html, href) {
    var next = new DOMParser().parseFromString(html, 'text/html');
    var incoming = next.querySelector('[data-demo-root]');
    var current = document.querySelector('[data-demo-root]');
    if (!incoming || !current) {
      window.location.assign(href);
      return;
    }
    current.replaceWith(document.adoptNode(incoming));
    document.title = next.title;
    if (/\/record\/0-1\//.test(new URL(href).pathname)) {
      var sidebar = document.querySelector('[data-test-id="left-sidebar"]');
      if (sidebar) sidebar.prepend(staleCompanyCard());
    }
    document.dispatchEvent(new CustomEvent('demo:navigated'));
  }

  function navigate(href, push) {
    var mine = ++generation;
    if (push) window.history.pushState({ demo: true }, '', href);
    fetch(href, { credentials: 'same-origin' })
      .then(function (response) {
        return response.text();
      })
      .then(function (html) {
        window.setTimeout(function () {
          if (mine === generation) swap(html, href); // a later navigation wins
        }, SWAP_DELAY_MS);
      })
      .catch(function () {
        window.location.assign(href);
      });
  }

  document.addEventListener('click', function (event) {
    var target = event.target;
    var link = target instanceof Element ? target.closest('a[data-spa]') : null;
    if (!link || event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    var url = new URL(link.getAttribute('href') || '', window.location.href);
    if (url.origin !== window.location.origin) return;
    event.preventDefault();
    navigate(url.href, true);
  });
  window.addEventListener('popstate', function () {
    navigate(window.location.href, false);
  });
})();
