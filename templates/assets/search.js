// Starts Pagefind's default search UI on the search page (templates/search.njk).
// A file, not an inline script, so a strict Content-Security-Policy can allow it.
(function () {
  "use strict";
  // The site may live under a path prefix (/news/): this file is <prefix>assets/search.js, so
  // the bundles are under <prefix>pagefind/ and result links start with <prefix>.
  var here = document.currentScript.src;
  var bundles = new URL("../pagefind/", here).pathname;
  var siteRoot = new URL("../", here).pathname;
  var LANGUAGE = /^[a-z]{2,8}$/;

  // One index per language at <prefix>pagefind/<language>/, the site's own language first in
  // data-languages. The UI searches one of them: each is a whole index of that language's
  // articles with its own stemming, loaded as a module of its own (pagefind.js of its bundle).
  // Merging them would search the others with the first one's stemmer, and answer a word a
  // language lacks with whatever its words begin like. No language means no article yet.
  function languagesOf(element) {
    return (element.getAttribute("data-languages") || "").split(/\s+/).filter(function (code) {
      return LANGUAGE.test(code);
    });
  }

  function start() {
    var element = document.getElementById("search");
    if (!element) return;
    if (typeof window.PagefindUI !== "function") {
      notice("unavailable");
      return;
    }
    var languages = languagesOf(element);
    if (languages.length === 0) {
      notice("nothing");
      return;
    }
    var params = new URLSearchParams(window.location.search);
    // /search/?q=harbour starts a search, so a search box elsewhere can send readers here;
    // &lang=fr searches the French articles.
    var term = params.get("q") || "";
    var ui = null;

    function open(language) {
      if (ui) ui.destroy();
      element.replaceChildren();
      ui = new window.PagefindUI({
        element: element,
        bundlePath: bundles + language + "/",
        baseUrl: siteRoot,
        showSubResults: true,
        showImages: true,
        // Filters (section, month) list only the values the current results have.
        showEmptyFilters: false,
        // Remembered, so switching language searches the same words.
        processTerm: function (typed) {
          term = typed;
          return typed;
        },
      });
      if (term) ui.triggerSearch(term);
    }

    var asked = params.get("lang");
    var chosen = languages.indexOf(asked) >= 0 ? asked : languages[0];
    var group = document.querySelector(".search__languages");
    if (group) {
      var buttons = group.querySelectorAll("button[data-search-language]");
      var press = function (language) {
        buttons.forEach(function (button) {
          button.setAttribute("aria-pressed", String(button.getAttribute("data-search-language") === language));
        });
      };
      buttons.forEach(function (button) {
        button.addEventListener("click", function () {
          var language = button.getAttribute("data-search-language");
          if (!LANGUAGE.test(language) || language === chosen) return;
          chosen = language;
          press(chosen);
          // The address keeps the words and the language, so reloading or sharing the page
          // searches them again.
          if (term) params.set("q", term);
          params.set("lang", chosen);
          window.history.replaceState(null, "", "?" + params.toString());
          open(chosen);
        });
      });
      press(chosen);
      group.hidden = false;
    }
    open(chosen);
  }

  // The page's own words for it, in its language: "nothing" to search yet, or search
  // "unavailable" (Pagefind's UI did not load: a build without the index, a blocked file), which
  // points to the archive.
  function notice(which) {
    var paragraph = document.querySelector('[data-search-notice="' + which + '"]');
    if (paragraph) paragraph.hidden = false;
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
