/* Glossary definitions in place: hovering, focusing or tapping a glossary term shows its
   definition in one popup that stays on screen, with a link to the full entry. The definitions
   travel in the page (<template class="glossary-definitions">, written by the engine's glossary
   extension), so it works from file:// too. One delegated listener set, one popup element,
   built on first use: nothing is done per term when the page loads (WCAG 1.4.13: the popup can
   be hovered, stays until dismissed, and Esc closes it). */
(function () {
  "use strict";
  var doc = document, popup, text, link, term = null, timer = 0, touched = false;
  var quiet = null;   // the term that Esc gave the focus back to: it does not reopen the popup
  var SELECTOR = "[data-glossary]";

  function definitions() { return doc.querySelector("template.glossary-definitions"); }

  function build() {
    popup = doc.createElement("span");
    popup.className = "glossary-popup";
    popup.id = "glossary-popup";
    popup.setAttribute("role", "tooltip");
    text = doc.createElement("span");
    text.className = "glossary-popup__text";
    link = doc.createElement("a");
    link.className = "glossary-popup__link";
    popup.append(text, link);
    popup.addEventListener("mouseenter", function () { clearTimeout(timer); });
    popup.addEventListener("mouseleave", later);
    popup.addEventListener("focusout", function (event) {
      if (!popup.contains(event.relatedTarget) && event.relatedTarget !== term) later();
    });
  }

  function show(target) {
    var source = definitions(), entry;
    if (!source) return;
    entry = source.content.querySelector('[data-entry="' + target.getAttribute("data-glossary") + '"]');
    if (!entry) return;
    clearTimeout(timer);
    if (!popup) build();
    if (term && term !== target) term.removeAttribute("aria-describedby");
    term = target;
    text.innerHTML = entry.querySelector(".glossary-definition__text").innerHTML;
    link.textContent = source.getAttribute("data-more");
    link.href = entry.querySelector("a").getAttribute("href");   // resolved and checked by the build
    term.after(popup);   // right after the term: Tab goes from the term to the popup's link
    term.setAttribute("aria-describedby", popup.id);
    popup.hidden = false;
    place();
  }

  function place() {
    var box = term.getBoundingClientRect(), margin = 8, width = Math.min(352, innerWidth - 2 * margin);
    popup.style.width = width + "px";
    var left = Math.max(margin, Math.min(box.left, innerWidth - width - margin));
    popup.style.left = left + "px";
    popup.style.top = "0px";
    var height = popup.offsetHeight, below = box.bottom + 6;
    popup.style.top = (below + height <= innerHeight - margin || box.top - height - 6 < margin
      ? Math.min(below, innerHeight - height - margin) : box.top - height - 6) + "px";
  }

  function hide() {
    clearTimeout(timer);
    if (!popup || popup.hidden) return;
    popup.hidden = true;
    if (term) term.removeAttribute("aria-describedby");
    term = null;
  }

  function later() { clearTimeout(timer); timer = setTimeout(hide, 300); }

  doc.addEventListener("pointerdown", function (event) { touched = event.pointerType !== "mouse"; }, true);
  doc.addEventListener("mouseover", function (event) {
    var target = event.target.closest && event.target.closest(SELECTOR);
    if (target && !touched) show(target);
  });
  doc.addEventListener("mouseout", function (event) {
    var target = event.target.closest && event.target.closest(SELECTOR);
    if (target && !(popup && popup.contains(event.relatedTarget))) later();
  });
  doc.addEventListener("focusin", function (event) {
    var target = event.target.closest && event.target.closest(SELECTOR);
    if (target && target === quiet) quiet = null;
    else if (target) show(target);
    else if (popup && !popup.contains(event.target)) hide();
  });
  doc.addEventListener("focusout", function (event) {
    var target = event.target.closest && event.target.closest(SELECTOR);
    if (target && !(popup && popup.contains(event.relatedTarget))) later();
  });
  doc.addEventListener("click", function (event) {
    var target = event.target.closest && event.target.closest(SELECTOR);
    if (target && touched) {   // a tap shows the definition here; the popup's link opens the entry
      event.preventDefault();
      show(target);   // (the tap's focus may have shown it already: it stays; a tap elsewhere closes it)
    } else if (popup && !popup.hidden && !popup.contains(event.target)) {
      hide();
    }
  });
  doc.addEventListener("keydown", function (event) {
    touched = false;   // Enter on a focused link follows it, whatever the last pointer was
    if (event.key === "Escape" && popup && !popup.hidden) {
      var back = term, inside = popup.contains(doc.activeElement);
      hide();
      if (back && inside) { quiet = back; back.focus(); }
    }
  });
  addEventListener("scroll", function () { if (popup && !popup.hidden) place(); }, { passive: true });
  addEventListener("resize", function () { if (popup && !popup.hidden) place(); });
})();
