/* Projection mode: turns the chapter page into slides in place (one per ## section, continued
   when too long), and runs the presenter view when the page is opened with ?presenter. */
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
  var NEXT = ["ArrowRight", "ArrowDown", "PageDown", " "], PREV = ["ArrowLeft", "ArrowUp", "PageUp"];
  var article = doc.querySelector("article.md-content__inner");
  var channel = "course-projection:" + location.pathname;
  var startKey = "course-projection-start:" + location.pathname;
  var bus = window.BroadcastChannel ? new BroadcastChannel(channel) : null;
  var peer = null, listening = false;  // peer: the other window, for postMessage where BroadcastChannel fails
  var sections = read(), slides = [], current = 0, on = false, overlay, stage, counter, status, help, blank;

  function el(tag, cls, text) {
    var node = doc.createElement(tag);
    if (cls) node.className = cls;
    if (text) node.textContent = text;
    return node;
  }

  function textOf(heading) {
    var copy = heading.cloneNode(true);
    copy.querySelectorAll(".headerlink").forEach(function (a) { a.remove(); });
    return copy.textContent.trim();
  }

  /* The chapter as sections: the title section (objectives, opening text), then one per h2. */
  function read() {
    var h1 = article.querySelector("h1");
    var list = [{ id: "", title: h1 ? textOf(h1) : doc.title, blocks: [] }];
    Array.prototype.forEach.call(article.children, function (child) {
      if (child.matches("h1, .md-content__button, .footnote, script, form")) return;
      var heading = child.matches("h2[id]") ? child : child.matches("section.lesson-keypoints") && child.querySelector("h2[id]");
      if (heading) {
        list.push({ id: heading.id, title: textOf(heading), blocks: [] });
        if (child === heading) return;
        child = child.cloneNode(true);
        child.querySelector("h2").remove();
      }
      list[list.length - 1].blocks.push(child);
    });
    return list;
  }

  /* A copy of a block for a slide: no trainer notes, no duplicate ids, questions without answers. */
  function prepare(block) {
    var copy = el("div");   // a holder, so that the block itself can be replaced too
    copy.append(block.cloneNode(true));
    copy.querySelectorAll(".trainer, .headerlink").forEach(function (n) { n.remove(); });
    copy.querySelectorAll("details").forEach(function (details) {
      var box = el("div", details.className + " admonition");
      var summary = details.querySelector("summary");
      var title = el("p", "admonition-title");
      if (summary) { title.append.apply(title, summary.childNodes); summary.remove(); }
      box.append(title);
      if (!details.classList.contains("question")) box.append.apply(box, details.childNodes);
      details.replaceWith(box);
    });
    copy.querySelectorAll("[id]").forEach(function (n) { n.removeAttribute("id"); });
    copy.querySelectorAll("[aria-labelledby]").forEach(function (n) { n.removeAttribute("aria-labelledby"); });
    return copy.firstChild;
  }

  /* ---- Slides ------------------------------------------------------------------------------ */
  var slide, filled;

  function newSlide(section, index, part) {
    if (slide) slide.hidden = true;
    slide = el("section", "projection__slide md-typeset");
    slide.setAttribute("aria-roledescription", T.slide.toLowerCase());
    var heading = el(index === 0 && part === 0 ? "h1" : "h2", "projection__heading", section.title);
    heading.id = "projection-heading-" + slides.length;
    slide.setAttribute("aria-labelledby", heading.id);
    if (part > 0) heading.append(" ", el("span", "projection__more", T.more));
    slide.append(heading);
    slide.info = { section: index, part: part };
    slides.push(slide);
    stage.append(slide);
    filled = false;
    return slide;
  }

  function fits() {
    return slide.scrollHeight <= slide.clientHeight + 1 && slide.scrollWidth <= slide.clientWidth + 1;
  }

  /* Make a block smaller until it fits: CSS zoom reflows, so the measures stay true. */
  function shrink(node, wideOnly) {
    if (node.nodeType !== 1) return;
    for (var zoom = 0.9; zoom > 0.35 && !fits() && (!wideOnly || slide.scrollWidth > slide.clientWidth + 1); zoom -= 0.1) {
      node.style.zoom = zoom.toFixed(1);
    }
  }

  var HEADS = ".admonition-title, .lesson-header__title, caption, thead";
  var END = /([.!?…](?:\s*[»”")\]])*\s)/g;   // the end of a sentence, closing quotes included
  var INLINE = "a, abbr, b, br, cite, code, em, i, kbd, mark, q, s, small, span, strong, sub, sup, time, u";

  /* The children a block can be split into (items, rows, box contents, sentences), or null. */
  function parts(node) {
    if (node.nodeType !== 1 || !/^(UL|OL|DL|DD|LI|P|TABLE|DIV|SECTION|BLOCKQUOTE|ASIDE)$/.test(node.tagName)
        || node.matches(".lesson-header")) return null;   // the objectives stay together on the title slide
    if (node.tagName === "OL") {
      var start = node.start || 1;
      Array.prototype.forEach.call(node.children, function (li, i) { li.value = start + i; });
    }
    var body = node.tagName === "TABLE" ? node.tBodies[0] : node, kids = [], sentence = null;
    if (!body) return null;
    // Text and inline elements go by whole sentences, each wrapped in a span.
    Array.from(body.childNodes).forEach(function (n) {
      if (n.nodeType === 1 && (n.matches(HEADS) || !n.matches(INLINE))) {
        if (!n.matches(HEADS)) kids.push(n);
        sentence = null;
        return;
      }
      (n.nodeType === 3 ? n.textContent.replace(END, "$1\u0000").split("\u0000") : [n]).forEach(function (piece) {
        if (!sentence) kids.push(sentence = el("span", "projection__sentence"));
        sentence.append(piece);
        if (typeof piece === "string" && /\u0000/.test(piece.replace(END, "$1\u0000"))) sentence = null;
      });
    });
    kids = kids.filter(function (k) { return k.textContent.trim() || k.querySelector("img, svg"); });
    return kids.length > 1 || (kids.length === 1 && kids[0].nodeType === 1) ? kids : null;
  }

  /* An empty copy of a split block (keeping its title or table header); returns where parts go. */
  function shell(node, box, again) {
    var copy = node.cloneNode(false);
    copy.style.zoom = node.style.zoom;   // through the CSSOM: a Content-Security-Policy may block copied style attributes
    Array.prototype.forEach.call(node.children, function (child) {
      if (!child.matches(HEADS)) return;
      var head = child.cloneNode(true);
      if (again && child.matches(".admonition-title")) head.append(" ", el("span", "projection__more", T.more));
      copy.append(head);
    });
    box.append(copy);
    if (node.tagName !== "TABLE") return copy;
    var body = el("tbody");
    copy.append(body);
    return body;
  }

  /* Would node fit on a fresh slide? Hide everything else on this one (titles kept) and measure. */
  function alone(node) {
    var hidden = [];
    for (var n = node; n !== slide; n = n.parentNode) {
      Array.prototype.forEach.call(n.parentNode.children, function (other) {
        if (other === n || other === slide.firstChild || other.matches(HEADS)) return;
        hidden.push([other, other.style.display]);
        other.style.display = "none";
      });
    }
    var ok = fits();
    hidden.forEach(function (pair) {
      pair[0].style.display = pair[1];
      if (!pair[0].getAttribute("style")) pair[0].removeAttribute("style");
    });
    return ok;
  }

  /* Pour nodes into ctx.box, opening a continuation slide whenever the current one is full. */
  function pour(nodes, ctx) {
    nodes.forEach(function (node) {
      ctx.box.append(node);
      shrink(node, true);
      if (fits()) { filled = true; return; }
      var kids = parts(node);
      if (filled && (!kids || alone(node))) {
        // Move it whole to a new slide, with the ### heading or the lead-in paragraph ("… :")
        // that would otherwise be left alone at the bottom.
        node.remove();
        var last = ctx.box.lastElementChild;
        var leads = last && (/^H[3-6]$/.test(last.tagName) || (last.tagName === "P" && /:\s*$/.test(last.textContent)));
        var carry = ctx.box === slide && leads && slide.children.length > 2 ? last : null;
        if (carry) carry.remove();
        ctx.box = ctx.reopen();
        if (carry) ctx.box.append(carry);
        ctx.box.append(node);
        if (fits() || !kids) { shrink(node); filled = true; return; }
      }
      if (!kids) { shrink(node); filled = true; return; }
      node.remove();
      var inner = { box: shell(node, ctx.box), reopen: function () {
        var placed = Array.prototype.some.call(inner.box.childNodes, function (n) {
          return n.nodeType !== 1 || !n.matches(HEADS);
        });
        if (!placed) (node.tagName === "TABLE" ? inner.box.parentNode : inner.box).remove();
        ctx.box = ctx.reopen();
        return shell(node, ctx.box, true);
      } };
      pour(kids, inner);
    });
  }

  /* A figure takes the height its slide leaves free, so that it is as large as the screen allows. */
  function grow(s) {
    var img = s.querySelector("figure img"), last = s.lastElementChild;
    if (!img) return;
    slide = s;
    s.hidden = false;
    var room = s.getBoundingClientRect().bottom - parseFloat(getComputedStyle(s).paddingBottom)
      - last.getBoundingClientRect().bottom - parseFloat(getComputedStyle(last).marginBottom);
    if (room < 20) return;
    img.style.height = Math.floor(img.getBoundingClientRect().height + room - 4) + "px";
    if (!fits()) img.style.height = "";
  }

  function build() {
    stage.textContent = "";
    slides = [];
    slide = null;
    sections.forEach(function (section, index) {
      var part = 0;
      newSlide(section, index, 0);
      var blocks = section.blocks.filter(function (b) { return !b.matches(".trainer"); });
      pour(blocks.map(prepare), { box: slide, reopen: function () {
        return newSlide(section, index, ++part);
      } });
    });
    slides.forEach(function (s) { grow(s); s.hidden = true; });
    overlay.setAttribute("data-size", innerWidth + "x" + innerHeight);   // the screen size the slides were cut for
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
    var info = slides[current].info, next = slides[current + 1];
    send({ type: "state", index: current, total: slides.length, section: info.section,
      title: slides[current].firstChild.textContent, next: next ? next.firstChild.textContent : "",
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
    counter.textContent = (current + 1) + " / " + slides.length;
    status.textContent = T.slide + " " + (current + 1) + " " + T.of + " " + slides.length + T.colon + " "
      + slides[current].firstChild.textContent;
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
    resizing = setTimeout(function () {
      var info = slides[current].info, target = 0;
      build();
      slides.forEach(function (s, i) {
        if (s.info.section === info.section && s.info.part <= info.part) target = i;
      });
      current = target;
      show(target);
    }, 150);
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
    build();
    var hash = decodeURIComponent(location.hash.slice(1)), start = 0;
    if (asked) start = asked - 1;
    else if (hash) slides.forEach(function (s, i) { if (!start && sections[s.info.section].id === hash) start = i; });
    current = 0;
    show(start);
    overlay.focus();
    window.addEventListener("keydown", onKey, true);
    window.addEventListener("resize", onResize);
  }

  function leave() {
    if (!on) return;
    var id = sections[slides[current].info.section].id;
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
  function presenter() {
    var view = frame(true), last = null;
    var top = el("div", "projection__top");
    var heading = el("h1", "", T.presenter + " — " + sections[0].title);
    var clock = el("p", "projection__clock");
    var where = el("p", "projection__where");
    top.append(heading, clock, where);
    var now = el("section", "projection__now");
    var notes = el("section", "projection__notes md-typeset");
    var next = el("section", "projection__next");
    var tools = el("div", "projection__tools");
    var go = function (step) { if (last) send({ type: "go", index: last.index + step }); };
    tools.append(button("prev", function () { go(-1); }), button("next", function () { go(1); }));
    view.append(top, now, notes, next, tools);

    function part(box, title, content) {
      box.textContent = "";
      box.append(el("h2", "", title));
      if (content) box.append(content);
    }

    function render(message) {
      last = message.type === "state" ? message : null;
      if (!last) {
        where.textContent = T.waiting;
        [now, notes, next].forEach(function (box) { box.textContent = ""; });
        return;
      }
      where.textContent = T.slide + " " + (last.index + 1) + " / " + last.total;
      part(now, T.current, el("p", "projection__title", last.title));
      var section = sections[last.section] || { blocks: [] }, trainer = [], questions = [];
      section.blocks.forEach(function (block) {
        [block].concat(Array.from(block.querySelectorAll(".trainer, .question"))).forEach(function (n) {
          if (n.matches(".trainer")) trainer.push(n);
          else if (n.matches(".question")) questions.push(n);
        });
      });
      var box = el("div");
      if (!trainer.length) box.append(el("p", "", T.no_notes));
      trainer.concat(questions.length ? [el("h3", "", T.questions)] : [], questions).forEach(function (n) {
        var copy = n.cloneNode(true);
        if (copy.tagName === "DETAILS") copy.open = true;
        copy.querySelectorAll("details").forEach(function (d) { d.open = true; });
        copy.querySelectorAll("[id]").forEach(function (c) { c.removeAttribute("id"); });
        copy.removeAttribute("id");
        box.append(copy);
      });
      part(notes, T.notes, box);
      part(next, T.up_next, el("p", "", last.next || T.end));
      tick();
    }

    function tick() {
      var seconds = last && last.started ? Math.max(0, Math.floor((Date.now() - last.started) / 1000)) : 0;
      var pad = function (n) { return (n < 10 ? "0" : "") + n; };
      clock.textContent = T.elapsed + T.colon + " " + Math.floor(seconds / 3600) + ":" + pad(Math.floor(seconds / 60) % 60) + ":" + pad(seconds % 60);
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
  }

  window.CourseProjection = { enter: enter, presenter: presenter };
})();
