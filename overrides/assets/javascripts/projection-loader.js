/* Projection mode loader (chapter pages): shows the button, listens for the M key, and fetches
   projection.js and projection.css only when the mode is entered or asked for in the address. */
(function () {
  "use strict";
  var script = document.currentScript;
  var button = document.querySelector(".projection-button");
  var article = document.querySelector("article.md-content__inner");
  var params = new URLSearchParams(location.search);
  var waiting = [];

  function load(then) {
    if (window.CourseProjection) return then(window.CourseProjection);
    waiting.push(then);
    if (waiting.length > 1) return;
    var pending = 2;
    var done = function () {
      if (--pending === 0) waiting.splice(0).forEach(function (f) { f(window.CourseProjection); });
    };
    var link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = new URL("../stylesheets/projection.css", script.src).href;
    link.onload = link.onerror = done;
    var code = document.createElement("script");
    code.src = new URL("projection.js", script.src).href;
    code.onload = done;
    document.head.append(link, code);
  }

  function enter() { load(function (api) { api.enter(); }); }

  if (params.has("presenter")) return load(function (api) { api.presenter(); });
  if (!button || !article) return;
  article.prepend(button);
  button.hidden = false;
  button.addEventListener("click", enter);
  window.addEventListener("keydown", function (event) {
    var target = event.target;
    if ((event.key !== "m" && event.key !== "M") || event.ctrlKey || event.metaKey || event.altKey
        || event.defaultPrevented || target.isContentEditable
        || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)
        || document.documentElement.classList.contains("projection-on")) return;
    event.preventDefault();
    enter();
  });
  if (params.has("projection")) enter();
})();
