// Starts Pagefind's default search UI on the search page (templates/search.njk).
// A file, not an inline script, so a strict Content-Security-Policy can allow it.
(function () {
  "use strict";
  // The site may live under a path prefix (/news/): this file is <prefix>assets/search.js, so
  // the bundle is at <prefix>pagefind/ and result links start with <prefix>.
  var here = document.currentScript.src;
  var bundlePath = new URL("../pagefind/", here).pathname;
  var siteRoot = new URL("../", here).pathname;

  function start() {
    var element = document.getElementById("search");
    if (!element) return;
    if (typeof window.PagefindUI !== "function") {
      unavailable(element);
      return;
    }
    var ui = new window.PagefindUI({
      element: "#search",
      bundlePath: bundlePath,
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
    var notice = document.createElement("p");
    notice.className = "search__notice";
    notice.append("Search is not available right now. Every article is listed by month in the ");
    var link = document.createElement("a");
    link.href = siteRoot + "archive/";
    link.textContent = "archive";
    notice.append(link, ".");
    element.append(notice);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
