/* Search worker for the course, wrapping Material's own (named in this file's address, with the
   page's language; see course_engine/search/plugin.py):
   - nothing heavy loads with the page: Material's worker, its language support and the index of
     the page's language (search/index.<lang>.js, written by the same plugin) load when
     the reader first searches;
   - results stay in the page's language (each language has its own index);
   - queries forgive missing accents and plurals: words are indexed folded and with their stem. */
(function () {
  "use strict";
  var SETUP = 0, READY = 1, QUERY = 2, RESULT = 3;    // Material's SearchMessageType
  // In a worker, our address is self.location; under the iframe-worker shim (offline copy,
  // file://) it is the src of the script element that runs this file.
  var here = typeof document === "undefined" ? self.location.href : document.currentScript.src;
  function param(name) {
    var found = new RegExp("[?&]" + name + "=([^&?#]*)").exec(here);
    return found ? decodeURIComponent(found[1]) : "";
  }
  var lang = param("lang") || "en";
  var setup = null;          // Material's setup message, kept until the first query
  var state = "idle";        // idle, loading, ready
  var latest = null;         // the last query typed while loading
  var separator = /[\s\-]+/;
  var pairs = [];            // each typed word and the two terms it was rewritten to
  var forwarding = false;    // true while we hand a message to Material's listener
  var post = self.postMessage;

  function fold(text) {
    return text.normalize("NFD").replace(/\p{M}/gu, "");
  }

  function language() {
    return lang === "en" || !lunr[lang] ? lunr : lunr[lang];
  }

  // Index pipeline: trim, drop stop words, fold accents, then index each word and its stem, so
  // that "territoires" finds "territoire" and a half-typed word still matches by prefix.
  function foldToken(token) {
    return token.update(fold);
  }
  // Trimmed of what is not a letter or a digit in any script: lunr's Arabic trimmer empties a word
  // in Latin letters (SPL, Porter), and its default one a word in Arabic letters.
  function trimToken(token) {
    return token.update(function (text) { return text.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ""); });
  }
  function withStem(token) {
    var stem = language().stemmer(token.clone());
    return stem.toString() === token.toString() ? token : [token, stem];
  }

  // A word and its stem sit at the same place: when a query matches both, Material would mark the
  // place twice, one mark inside the other ("<mark><mar<mark>k>pôle"). Each place is kept once.
  function onePlaceOnce(results) {
    results.forEach(function (result) {
      var seen = Object.create(null), metadata = result.matchData.metadata;
      Object.keys(metadata).forEach(function (term) {
        Object.keys(metadata[term]).forEach(function (field) {
          var found = metadata[term][field];
          if (!found.position) return;
          found.position = found.position.filter(function (place) {
            var key = field + " " + place;
            return seen[key] ? false : (seen[key] = true);
          });
        });
      });
    });
    return results;
  }
  function installPipeline() {
    var query = lunr.Index.prototype.query;
    lunr.Index.prototype.query = function () { return onePlaceOnce(query.apply(this, arguments)); };
    lunr.Pipeline.registerFunction(foldToken, "course-fold");
    lunr.Pipeline.registerFunction(trimToken, "course-trim");
    lunr.Pipeline.registerFunction(withStem, "course-stem");
    var ref = lunr.Builder.prototype.ref;
    // Material's index builder calls ref() after its own language setup and before adding
    // documents: the one moment to set our pipeline.
    lunr.Builder.prototype.ref = function (name) {
      var L = language();
      this.pipeline.reset();
      this.pipeline.add(trimToken, L.stopWordFilter, foldToken, withStem);
      this.searchPipeline.reset();     // queries arrive folded and stemmed by rewrite()
      return ref.call(this, name);
    };
  }

  // A plain word becomes "stem^1 word": the exact stem (Material leaves boosted terms alone)
  // or the word as a prefix (Material appends "*"). Other query syntax is only folded.
  function rewrite(query) {
    pairs = [];
    if (query.indexOf('"') >= 0) return fold(query);
    return query.trim().split(/\s+/).map(function (part) {
      if (!/^[\p{L}\p{N}'\u2019-]+$/u.test(part)) return fold(part);
      return part.split(separator).filter(Boolean).map(function (typed) {
        var word = fold(typed.toLowerCase());
        var L = language();
        if (!L.stopWordFilter(new lunr.Token(word))) return word;
        var stem = L.stemmer(new lunr.Token(word)).toString();
        if (stem === word) return word;
        pairs.push({ typed: typed.toLowerCase(), terms: [stem, word] });
        return stem + "^1 " + word;
      }).join(" ");
    }).join(" ");
  }

  // Material lists the query terms a result lacks: report each typed word once, found when
  // either of its two terms was found.
  function mergeTerms(items) {
    items.forEach(function (group) {
      group.forEach(function (item) {
        pairs.forEach(function (pair) {
          var known = pair.terms.filter(function (term) { return term in item.terms; });
          if (!known.length) return;
          var found = known.some(function (term) { return item.terms[term]; });
          known.forEach(function (term) { delete item.terms[term]; });
          item.terms[pair.typed] = found;
        });
      });
    });
  }

  function forward(message) {
    forwarding = true;
    try { self.dispatchEvent(new MessageEvent("message", { data: message })); }
    finally { forwarding = false; }
  }

  function ask(query) {
    forward({ type: QUERY, data: rewrite(query) });
  }

  // Material's worker, the page language's index, then Material builds its index from them.
  function load() {
    state = "loading";
    var scripts = [new URL(param("worker"), here).href,
                   new URL("../../../search/index." + lang + ".js", here).href];
    var loaded = importScripts.apply(self, scripts);   // a Promise under the iframe-worker shim
    Promise.resolve(loaded).then(function () {
      installPipeline();
      setup.data.docs = self.courseSearchDocs;
      setup.data.config.lang = [lang];
      separator = new RegExp(setup.data.config.separator);
      forward(setup);
    });
  }

  self.postMessage = function (message) {
    if (message && message.type === READY && state === "loading") {
      state = "ready";                 // Material has built its index: answer the last query
      if (latest !== null) ask(latest);
      return;
    }
    if (message && message.type === RESULT) mergeTerms(message.data.items);
    return post.apply(self, arguments);
  };

  addEventListener("message", function (event) {
    if (forwarding) return;
    event.stopImmediatePropagation();  // Material's listener only hears what forward() hands it
    var message = event.data;
    if (message.type === SETUP) {
      setup = message;
      post.call(self, { type: READY });  // ready to take queries; the work starts with the first
    } else if (message.type === QUERY) {
      if (state === "ready") return ask(message.data);
      if (!message.data.trim()) return post.call(self, { type: RESULT, data: { items: [] } });
      latest = message.data;
      if (state === "idle") load();
    }
  });
})();
