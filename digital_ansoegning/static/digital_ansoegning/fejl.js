// Move focus to the error summary when a form comes back with errors, so
// screen readers announce it and keyboard users start there (GOV.UK, DKFDS).
document.addEventListener("DOMContentLoaded", function () {
  var summary = document.getElementById("error-summary");
  if (summary) { summary.focus(); }

  // A file larger than the limit is refused before it is sent (the server
  // checks again): the message appears at the field, DKFDS style.
  document.querySelectorAll("input[type=file][data-maks-bytes]").forEach(function (input) {
    var maks = parseInt(input.getAttribute("data-maks-bytes"), 10);
    var gruppe = input.closest(".form-group");
    function vis(tekst) {
      var id = input.id + "-stoerrelse";
      var besked = document.getElementById(id);
      if (!tekst) {
        if (besked) { besked.remove(); }
        gruppe.classList.remove("form-error");
        input.removeAttribute("aria-invalid");
        return;
      }
      if (!besked) {
        besked = document.createElement("span");
        besked.className = "form-error-message";
        besked.id = id;
        besked.setAttribute("role", "alert");
        input.parentNode.insertBefore(besked, input);
        var beskrevet = (input.getAttribute("aria-describedby") || "").split(" ").filter(Boolean);
        if (beskrevet.indexOf(id) < 0) { beskrevet.push(id); }
        input.setAttribute("aria-describedby", beskrevet.join(" "));
      }
      besked.textContent = tekst;
      gruppe.classList.add("form-error");
      input.setAttribute("aria-invalid", "true");
    }
    input.addEventListener("change", function () {
      var fil = input.files && input.files[0];
      if (fil && fil.size > maks) {
        vis(input.getAttribute("data-for-stor"));
        input.value = "";
      } else {
        vis("");
      }
    });
  });
});
