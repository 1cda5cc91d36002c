// When the citizen picks another month, fetch that month's income from
// eIndkomst at once: press the "fill in" button, which the page also offers
// without JavaScript. What else was written is kept by the server.
document.addEventListener("DOMContentLoaded", function () {
  var maaned = document.getElementById("id_maaned");
  var knap = document.getElementById("hent-indkomst");
  if (!maaned || !knap) { return; }
  maaned.addEventListener("change", function () { knap.click(); });
});
