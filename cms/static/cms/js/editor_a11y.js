/*
 * The Wagtail page editor, made to pass axe-core for communicators:
 *   - Draftail's rich-text box (role="textbox") gets the field's label as its
 *     accessible name (Wagtail leaves it with only a placeholder);
 * and, with editor_a11y.css, Draftail's root no longer scrolls on its own.
 * Runs on load and whenever a block is added (MutationObserver).
 */
(function () {
  "use strict";
  var counter = 0;

  function labelFor(box) {
    // The editor keeps its value in a hidden input; the field's label points at it.
    // Walk up to the nearest element that holds that input (page fields and
    // StreamField blocks nest it differently).
    for (var el = box.parentElement; el; el = el.parentElement) {
      var input = el.querySelector("input[data-draftail-input]");
      if (input) {
        var label = input.id ? document.querySelector('label[for="' + input.id + '"]') : null;
        var wrapper = el.closest("[data-field-wrapper], .w-field__wrapper, [data-contentpath]");
        return label || (wrapper && wrapper.querySelector(".w-field__label, label"));
      }
    }
    return null;
  }

  function name(root) {
    root.querySelectorAll('.Draftail-Editor [role="textbox"]').forEach(function (box) {
      if (box.getAttribute("aria-label") || box.getAttribute("aria-labelledby")) {
        return;
      }
      var label = labelFor(box);
      if (!label) {
        return;
      }
      if (!label.id) {
        counter += 1;
        label.id = "draftail-label-" + counter;
      }
      box.setAttribute("aria-labelledby", label.id);
    });
  }

  function start() {
    name(document);
    new MutationObserver(function () { name(document); }).observe(document.body, {childList: true, subtree: true});
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
