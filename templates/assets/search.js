// Starts Pagefind's default search UI on the search page (templates/search.njk).
// A file, not an inline script, so a strict Content-Security-Policy can allow it.
(function () {
  "use strict";
  // The site may live under a path prefix (/news/): this file is <prefix>assets/search.js, so
  // the bundles are under <prefix>pagefind/ and result links start with <prefix>.
  var here = document.currentScript.src;
  var bundles = new URL("../pagefind/", here).pathname;
  var siteRoot = new URL("../", here).pathname;

  // One index per partition (each publication year, the newest month apart, large years cut) at
  // <prefix>pagefind/<name>/; the page lists them newest first in data-indexes. The newest is
  // Pagefind's primary index and the others are merged into it, so a search covers every year.
  // No index means no article yet, and nothing to load.
  function indexBundles(element) {
    var names = (element.getAttribute("data-indexes") || "").split(/\s+/).filter(function (name) {
      return /^\d{4}(-\d{2}){0,2}$/.test(name);
    });
    return names.map(function (name) {
      return bundles + name + "/";
    });
  }

  function start() {
    var element = document.getElementById("search");
    if (!element) return;
    if (typeof window.PagefindUI !== "function") {
      unavailable(element);
      return;
    }
    var paths = indexBundles(element);
    if (paths.length === 0) {
      notice(element, "There is nothing to search yet: no article has been published.");
      return;
    }
    var ui = new window.PagefindUI({
      element: "#search",
      bundlePath: paths[0],
      // Each merged index takes the site root too: result links are built per index.
      mergeIndex: paths.slice(1).map(function (path) {
        return { bundlePath: path, baseUrl: siteRoot };
      }),
      baseUrl: siteRoot,
      showSubResults: true,
      showImages: true,
      // Filters (section, month) list only the values the current results have.
      showEmptyFilters: false,
    });
    // /search/?q=harbour starts a search, so a search box elsewhere can send readers here.
    var query = new URLSearchParams(window.location.search).get("q");
    if (query) ui.triggerSearch(query);
  }

  // Pagefind's UI did not load (a build without the index, a blocked file): point to the archive.
  function unavailable(element) {
    var paragraph = notice(element, "Search is not available right now. Every article is listed by month in the ");
    var link = document.createElement("a");
    link.href = siteRoot + "archive/";
    link.textContent = "archive";
    paragraph.append(link, ".");
  }

  function notice(element, text) {
    var paragraph = document.createElement("p");
    paragraph.className = "search__notice";
    paragraph.append(text);
    element.append(paragraph);
    return paragraph;
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
