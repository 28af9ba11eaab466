/* Projection mode: shows, in place, the slides the build wrote into the chapter page
   (template.projection-deck), and runs the presenter view when the page is opened with ?presenter. */
(function () {
  "use strict";
  var doc = document, root = doc.documentElement;
  // The words of the page's language, from data/strings/<lang>.yml (partials/projection.html).
  var T = JSON.parse(doc.getElementById("projection-strings").textContent);
  var ICONS = {
    prev: "M15.41 16.58 10.83 12l4.58-4.59L14 6l-6 6 6 6z",
    next: "M8.59 16.58 13.17 12 8.59 7.41 10 6l6 6-6 6z",
    full: "M5 5h5v2H7v3H5zm9 0h5v5h-2V7h-3zm3 9h2v5h-5v-2h3zm-7 3v2H5v-5h2v3z",
    presenter: "M3 4v12h18V4zm0-2h18a2 2 0 0 1 2 2v12a2 2 0 0 1-2 2h-7v2h2v2H8v-2h2v-2H3a2 2 0 0 1-2-2V4a2 2 0 0 1 2-2m9 5a3 3 0 1 1 0 6 3 3 0 0 1 0-6",
    help: "M11 18h2v-2h-2zm1-16a10 10 0 1 0 0 20 10 10 0 0 0 0-20m0 18a8 8 0 1 1 0-16 8 8 0 0 1 0 16m0-14a4 4 0 0 0-4 4h2a2 2 0 1 1 4 0c0 2-3 1.75-3 5h2c0-2.25 3-2.5 3-5a4 4 0 0 0-4-4",
    close: "M19 6.41 17.59 5 12 10.59 6.41 5 5 6.41 10.59 12 5 17.59 6.41 19 12 13.41 17.59 19 19 17.59 13.41 12z",
    exit: "M19 6.41 17.59 5 12 10.59 6.41 5 5 6.41 10.59 12 5 17.59 6.41 19 12 13.41 17.59 19 19 17.59 13.41 12z"
  };
  // The arrow that points the way the page reads goes forward: ← in a right-to-left language.
  // PageDown and PageUp, which clickers send, go forward and back in every language.
  var RTL = getComputedStyle(root).direction === "rtl";
  var NEXT = [RTL ? "ArrowLeft" : "ArrowRight", "ArrowDown", "PageDown", " "],
      PREV = [RTL ? "ArrowRight" : "ArrowLeft", "ArrowUp", "PageUp"];
  var MAX_FIT = 1.2, MIN_FIT = 0.76;   // the type's bounds: about 38 and 24 px of body text at 1280×720
  var article = doc.querySelector("article.md-content__inner");
  var deck = doc.querySelector("template.projection-deck");
  var channel = "course-projection:" + location.pathname;
  var startKey = "course-projection-start:" + location.pathname;
  var bus = window.BroadcastChannel ? new BroadcastChannel(channel) : null;
  var peer = null, listening = false;  // peer: the other window, for postMessage where BroadcastChannel fails
  var slides = [], current = 0, on = false, overlay, stage, counter, status, help, blank;

  function el(tag, cls, text) {
    var node = doc.createElement(tag);
    if (cls) node.className = cls;
    if (text) node.textContent = text;
    return node;
  }

  /* ---- Slides: the deck the build wrote into the page, displayed as it is --------------------- */
  function titleOf(slide) {
    var head = slide.querySelector(".slide__title, .admonition-title, figcaption");
    return head ? head.textContent.trim() : "";
  }

  /* One slide, ready for a stage: its notes kept aside (never on screen), its answer hidden. */
  function make(source, index) {
    var slide = el("section", "projection__slide md-typeset " + source.className);
    var body = el("div", "projection__body");
    body.append.apply(body, Array.from(source.cloneNode(true).childNodes));
    slide.notes = body.querySelector(".slide__notes");
    if (slide.notes) slide.notes.remove();
    slide.section = source.getAttribute("data-section");
    slide.title = titleOf(body);
    slide.setAttribute("aria-roledescription", T.slide.toLowerCase());
    slide.setAttribute("aria-label", (index + 1) + T.colon + " " + slide.title);
    slide.append(body);
    return slide;
  }

  function build(into) {
    return Array.from(deck.content.children).map(function (source, index) {
      var slide = make(source, index);
      slide.hidden = true;
      into.append(slide);
      return slide;
    });
  }

  /* Fit by scaling the type between bounds, never by splitting; the build decided the slides. */
  function fit(slide) {
    var body = slide.firstChild, scale = MAX_FIT;
    var over = function () { return body.scrollHeight > body.clientHeight + 1 || body.scrollWidth > body.clientWidth + 1; };
    slide.style.setProperty("--fit", String(scale));   // through the CSSOM: the Content-Security-Policy allows it
    while (over() && scale > MIN_FIT) {
      scale = Math.max(MIN_FIT, scale - 0.04);
      slide.style.setProperty("--fit", scale.toFixed(2));
    }
    slide.toggleAttribute("data-overflow", over());
  }

  /* The ## section an id of the reading page belongs to (an h3 belongs to its h2). */
  function sectionOf(id) {
    var node = id && doc.getElementById(id);
    while (node && node.parentNode !== article) node = node.parentNode;
    while (node && !(node.matches("h2[id]"))) node = node.previousElementSibling;
    return node ? node.id : "";
  }

  /* ---- Messages between the projection window and the presenter view ---------------------- */
  function send(message) {
    message.channel = channel;
    if (bus) bus.postMessage(message);
    if (peer && !peer.closed) peer.postMessage(message, "*");
  }

  function listen(handle) {
    if (bus) bus.onmessage = function (event) { handle(event.data); };
    window.addEventListener("message", function (event) {
      if (!event.data || event.data.channel !== channel) return;
      peer = event.source;
      handle(event.data);
    });
  }

  function state() {
    send({ type: "state", index: current, total: slides.length, answered: slides[current].classList.contains("slide--answered"),
      started: Number(attempt(function () { return sessionStorage.getItem(startKey); })) });
  }

  /* ---- Projection window ------------------------------------------------------------------- */
  // Storage and history can be refused (private modes, some file:// pages): the show goes on without them.
  function attempt(action) { try { return action(); } catch (e) { return null; } }

  function address(number) {
    var url = new URL(location.href);
    if (number) url.searchParams.set("projection", number);
    else url.searchParams.delete("projection");
    url.hash = "";
    return url.href;
  }

  function show(index) {
    index = Math.max(0, Math.min(slides.length - 1, index));
    slides[current].hidden = true;
    current = index;
    slides[current].hidden = false;
    fit(slides[current]);
    counter.textContent = (current + 1) + " / " + slides.length;
    status.textContent = T.slide + " " + (current + 1) + " " + T.of + " " + slides.length + T.colon + " "
      + slides[current].title;
    attempt(function () { history.replaceState(history.state, "", address(current + 1)); });
    state();
  }

  function button(name, action) {
    var b = el("button", "projection__button projection__button--" + name);
    b.type = "button";
    b.setAttribute("aria-label", T[name]);
    b.title = T[name];
    b.innerHTML = '<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="' + ICONS[name] + '"/></svg>';
    b.addEventListener("click", action);
    return b;
  }

  function toggleBlank() { blank.hidden = !blank.hidden; }

  function toggleAnswer() {
    var slide = slides[current];
    if (!slide.querySelector(".slide__answer")) return;
    slide.classList.toggle("slide--answered");
    fit(slide);
    state();
  }

  function toggleHelp() {
    help.hidden = !help.hidden;
    (help.hidden ? overlay : help).focus();
  }

  function fullscreen() {
    if (doc.fullscreenElement) doc.exitFullscreen();
    else if (root.requestFullscreen) root.requestFullscreen().catch(function () {});
  }

  function openPresenter() {
    var url = new URL(location.href);
    url.searchParams.delete("projection");
    url.searchParams.set("presenter", "1");
    url.hash = "";
    var win = window.open(url.href, "course-presenter", "popup,width=1000,height=720");
    if (win) peer = win;
    else status.textContent = T.blocked;
  }

  function helpPanel() {
    var panel = el("div", "projection__help");
    panel.setAttribute("role", "dialog");
    panel.setAttribute("aria-labelledby", "projection-help-title");
    panel.tabIndex = -1;
    panel.hidden = true;
    var title = el("h2", "", T.help);
    title.id = "projection-help-title";
    var list = el("dl");
    T.keys.forEach(function (pair) { list.append(el("dt", "", pair[0]), el("dd", "", pair[1])); });
    panel.append(title, list, button("close", toggleHelp));
    panel.lastChild.classList.add("projection__close");
    return panel;
  }

  function frame(presenterView) {
    overlay = el("div", "projection" + (presenterView ? " projection--presenter" : ""));
    overlay.setAttribute("data-md-color-scheme", "default");
    overlay.setAttribute("role", "region");
    overlay.setAttribute("aria-label", presenterView ? T.presenter : T.mode);
    overlay.tabIndex = -1;
    doc.body.append(overlay);
    root.classList.add(presenterView ? "projection-presenter" : "projection-on");
    return overlay;
  }

  function onKey(event) {
    if (!on || event.ctrlKey || event.metaKey || event.altKey) return;
    event.stopImmediatePropagation();   // Material's own shortcuts (n, p, f, s...) stay off while projecting
    var key = event.key, handled = true;
    if (key === "Escape") { if (!help.hidden) toggleHelp(); else leave(); }
    else if (key === " " && event.shiftKey) show(current - 1);
    else if (NEXT.indexOf(key) >= 0) show(current + 1);
    else if (PREV.indexOf(key) >= 0) show(current - 1);
    else if (key === "Home") show(0);
    else if (key === "End") show(slides.length - 1);
    else if (key === "b" || key === "B" || key === ".") toggleBlank();
    else if (key === "a" || key === "A") toggleAnswer();
    else if (key === "f" || key === "F") fullscreen();
    else if (key === "v" || key === "V") openPresenter();
    else if (key === "?" || key === "h" || key === "H") toggleHelp();
    else if (key === "m" || key === "M") leave();
    else handled = false;
    if (handled) event.preventDefault();
  }

  var resizing = 0;
  function onResize() {
    clearTimeout(resizing);
    resizing = setTimeout(function () { fit(slides[current]); }, 150);   // the same slides, refitted
  }

  function enter() {
    if (on) return;
    if (!listening) { listening = true; listen(control); }
    var asked = parseInt(new URLSearchParams(location.search).get("projection"), 10);
    attempt(function () {
      if (!asked || !sessionStorage.getItem(startKey)) sessionStorage.setItem(startKey, String(Date.now()));
    });
    frame(false);
    stage = el("div", "projection__stage");
    var bar = el("div", "projection__bar");
    counter = el("p", "projection__counter");
    counter.setAttribute("aria-hidden", "true");
    status = el("p", "projection__status");
    status.setAttribute("aria-live", "polite");
    var tools = el("div", "projection__tools");
    tools.append(button("prev", function () { show(current - 1); }), button("next", function () { show(current + 1); }),
      button("presenter", openPresenter), button("full", fullscreen), button("help", toggleHelp), button("exit", leave));
    bar.append(counter, tools);
    blank = el("div", "projection__blank");
    blank.hidden = true;
    help = helpPanel();
    overlay.append(stage, bar, status, help, blank);
    on = true;
    slides = build(stage);
    var section = sectionOf(decodeURIComponent(location.hash.slice(1))), start = 0;
    if (asked) start = asked - 1;
    else if (section) slides.forEach(function (s, i) { if (!start && s.section === section) start = i; });
    current = 0;
    show(start);
    overlay.focus();
    window.addEventListener("keydown", onKey, true);
    window.addEventListener("resize", onResize);
  }

  function leave() {
    if (!on) return;
    var id = slides[current].section;
    on = false;
    window.removeEventListener("keydown", onKey, true);
    window.removeEventListener("resize", onResize);
    if (doc.fullscreenElement) doc.exitFullscreen();
    overlay.remove();
    root.classList.remove("projection-on");
    send({ type: "end" });
    attempt(function () { history.replaceState(history.state, "", address(0)); });
    var target = id && doc.getElementById(id);
    if (target) {
      location.replace("#" + encodeURIComponent(id));   // a fragment navigation: native scroll and :target
      target.setAttribute("tabindex", "-1");
      target.focus({ preventScroll: true });
    } else {
      window.scrollTo(0, 0);
      var b = doc.querySelector(".projection-button");
      if (b) b.focus();
    }
  }

  /* ---- Presenter view (second window) ------------------------------------------------------- */
  function strip(node) {
    var copy = node.cloneNode(true);
    [copy].concat(Array.from(copy.querySelectorAll("[id]"))).forEach(function (n) { n.removeAttribute("id"); });
    copy.querySelectorAll(".headerlink").forEach(function (n) { n.remove(); });
    return copy;
  }

  /* The reading page's text of a ## section, for the trainer. */
  function sectionText(id) {
    var box = el("div"), node = id && doc.getElementById(id);
    for (node = node && node.nextElementSibling; node && !node.matches("h2, template, .footnote, .lesson-keypoints"); node = node.nextElementSibling) {
      if (!node.matches(".trainer, script")) box.append(strip(node));
    }
    return box;
  }

  function presenter() {
    var view = frame(true), last = null, copies = [];
    var top = el("div", "projection__top");
    var heading = el("h1", "", T.presenter + " — " + (deck.content.firstElementChild ? titleOf(deck.content.firstElementChild) : doc.title));
    var clock = el("p", "projection__clock"), elapsed = el("p", "projection__clock"), pace = el("p", "projection__pace");
    var where = el("p", "projection__where");
    top.append(heading, where, clock, elapsed, pace);
    var now = el("section", "projection__now"), next = el("section", "projection__next");
    var notes = el("section", "projection__notes md-typeset");
    var tools = el("div", "projection__tools");
    var go = function (step) { if (last) send({ type: "go", index: last.index + step }); };
    tools.append(button("prev", function () { go(-1); }), button("next", function () { go(1); }));
    view.append(top, now, next, notes, tools);
    var planned = Number(deck.getAttribute("data-duration")) || 0;

    function preview(box, label, index) {
      box.textContent = "";
      box.append(el("h2", "", label));
      var frameBox = el("div", "projection__preview");
      box.append(frameBox);
      if (!copies[index]) return frameBox.append(el("p", "projection__end", T.end));
      var slide = copies[index];
      slide.hidden = false;
      slide.classList.toggle("slide--answered", index === last.index && last.answered);
      frameBox.append(slide);
      fit(slide);
    }

    function render(message) {
      last = message.type === "state" ? message : null;
      if (!last) {
        where.textContent = T.waiting;
        [now, notes, next].forEach(function (box) { box.textContent = ""; });
        return;
      }
      if (!copies.length) copies = Array.from(deck.content.children).map(make);
      where.textContent = T.slide + " " + (last.index + 1) + " " + T.of + " " + last.total;
      preview(now, T.current, last.index);
      preview(next, T.next_slide, last.index + 1);
      var slide = copies[last.index], box = el("div");
      box.append(el("h2", "", T.notes));
      if (slide.notes) {
        var open = strip(slide.notes);
        open.querySelectorAll("details").forEach(function (d) { d.open = true; });   // the trainer reads them whole
        box.append(open);
      }
      else box.append(el("p", "", T.no_notes));
      var answer = slide.querySelector(".slide__answer");
      if (answer) {
        var shown = strip(answer);
        shown.className = "projection__answer";   // the slide's hidden answer, shown to the trainer
        box.append(el("h3", "", T.answer), shown);
      }
      if (slide.section) {
        var text = el("details", "projection__section");
        text.append(el("summary", "", T.section_text), sectionText(slide.section));
        box.append(text);
      }
      notes.textContent = "";
      notes.append(box);
      tick();
    }

    function tick() {
      var pad = function (n) { return (n < 10 ? "0" : "") + n; }, date = new Date();
      var seconds = last && last.started ? Math.max(0, Math.floor((Date.now() - last.started) / 1000)) : 0;
      clock.textContent = T.clock + T.colon + " " + pad(date.getHours()) + ":" + pad(date.getMinutes());
      elapsed.textContent = T.elapsed + T.colon + " " + Math.floor(seconds / 3600) + ":" + pad(Math.floor(seconds / 60) % 60) + ":" + pad(seconds % 60);
      if (!planned || !last) return;
      var done = last.index / Math.max(1, last.total - 1), due = seconds / (planned * 60);
      pace.textContent = T.planned + T.colon + " " + planned + " " + T.minutes + " · "
        + (done - due > 0.08 ? T.ahead : due - done > 0.08 ? T.behind : T.on_time);
    }

    listen(render);
    render({ type: "end" });
    setInterval(tick, 1000);
    peer = window.opener;
    window.addEventListener("keydown", function (event) {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      var key = event.key;
      if (NEXT.indexOf(key) >= 0 && !event.shiftKey) go(1);
      else if (PREV.indexOf(key) >= 0 || (key === " " && event.shiftKey)) go(-1);
      else if (key === "b" || key === "B" || key === ".") send({ type: "blank" });
      else if (key === "a" || key === "A") send({ type: "answer" });
      else return;
      event.preventDefault();
      event.stopImmediatePropagation();
    }, true);
    send({ type: "hello" });
  }

  function control(message) {
    if (!on) return;
    if (message.type === "hello") state();
    else if (message.type === "go") show(message.index);
    else if (message.type === "blank") toggleBlank();
    else if (message.type === "answer") toggleAnswer();
  }

  window.CourseProjection = { enter: enter, presenter: presenter };
})();
