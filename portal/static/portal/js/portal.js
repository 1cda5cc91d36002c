/*
 * Ydelsesportalen: start Det Fælles Designsystem (dkfds) components.
 * Loaded with `defer` right after dkfds.min.js (which defines window.DKFDS),
 * so the DOM is parsed when this runs. No inline scripts: the site's
 * Content-Security-Policy is default-src 'self'.
 */
(function () {
  "use strict";
  if (window.DKFDS && typeof window.DKFDS.init === "function") {
    window.DKFDS.init();
  }
})();
