// Disable the send button after the first tap, so a double tap sends one
// request. The server is idempotent anyway (the draft's key).
document.addEventListener("DOMContentLoaded", function () {
  var form = document.getElementById("indsend-form");
  if (!form) { return; }
  form.addEventListener("submit", function () {
    var button = document.getElementById("indsend-knap");
    if (button) {
      window.setTimeout(function () { button.disabled = true; button.setAttribute("aria-disabled", "true"); }, 0);
    }
  });
});
