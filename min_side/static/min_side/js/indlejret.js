/* The logged-out embed. Browsers that block third-party cookies (Safari,
   Firefox) keep the embed cookie from a frame on borger.dk; where the Storage
   Access API exists, a click lets the citizen allow it, and the frame reloads
   with their data. Otherwise "Log ind" opens the login in the top window. */
(function () {
  "use strict";
  var boks = document.getElementById("indlejret-adgang-boks");
  var knap = document.getElementById("indlejret-adgang");
  if (!boks || !knap || window.top === window.self || typeof document.requestStorageAccess !== "function") {
    return;
  }
  boks.hidden = false;
  knap.addEventListener("click", function () {
    document.requestStorageAccess().then(function () {
      window.location.reload();
    }, function () {
      boks.hidden = true;
    });
  });
}());
