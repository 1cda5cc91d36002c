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

/*
 * Session expiry warning. The server ends a session after SESSION_COOKIE_AGE
 * seconds without a request; requests renew it (at most once a minute, so
 * data-seconds is what is left as of this page). Shortly before that
 * the dialog offers to stay logged in; when time is up the page goes to the
 * login with ?next= this page, and the saved draft is still there after it.
 */
(function () {
  "use strict";
  var dialog = document.getElementById("session-warning");
  if (!dialog || typeof dialog.showModal !== "function") {
    return;
  }
  var seconds = parseInt(dialog.getAttribute("data-seconds"), 10);
  var warnBefore = parseInt(dialog.getAttribute("data-warn-before"), 10);
  var countdown = dialog.querySelector(".js-session-countdown");
  var deadline;
  var timer;

  function csrfToken() {
    var meta = document.querySelector('meta[name="csrf-token"]');
    return meta ? meta.getAttribute("content") : "";
  }

  function format(remaining) {
    var minutes = Math.floor(remaining / 60);
    var rest = remaining % 60;
    return minutes + ":" + (rest < 10 ? "0" : "") + rest;
  }

  function tick() {
    var remaining = Math.round((deadline - Date.now()) / 1000);
    if (remaining <= 0) {
      window.location.assign(dialog.getAttribute("data-expired-url"));
      return;
    }
    if (remaining <= warnBefore) {
      if (!dialog.open) {
        dialog.showModal();
        dialog.querySelector(".js-session-renew").focus();
      }
      countdown.textContent = format(remaining);
    }
    timer = window.setTimeout(tick, 1000);
  }

  function start() {
    deadline = Date.now() + seconds * 1000;
    window.clearTimeout(timer);
    tick();
  }

  dialog.querySelector(".js-session-renew").addEventListener("click", function () {
    fetch(dialog.getAttribute("data-renew-url"), {
      method: "POST",
      credentials: "same-origin",
      headers: { "X-CSRFToken": csrfToken() }
    }).then(function (response) {
      if (response.status === 204) {
        dialog.close();
        // The renewal gave the session its full time again.
        seconds = parseInt(dialog.getAttribute("data-renewed-seconds"), 10) || seconds;
        start();
      } else {
        window.location.assign(dialog.getAttribute("data-expired-url"));
      }
    });
  });

  if (seconds > 0) {
    start();
  }
})();
