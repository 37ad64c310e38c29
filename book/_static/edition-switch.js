// Links on every page to the same page in each other language edition, in the page's
// header bar so that they show at every width (the sidebar is a drawer on a phone).
// Editions live side by side in _build/html/<lang>/, so the address differs only there.
// Each link names its edition in that edition's own language (and says so with lang=).
document.addEventListener("DOMContentLoaded", function () {
  var editions = [["en", "English"], ["mn", "Монгол"], ["ja", "日本語"]];
  var here = (document.documentElement.lang || "en").slice(0, 2);
  var marker = "/" + here + "/";
  var at = window.location.href.lastIndexOf(marker);
  if (at < 0) return;
  var before = window.location.href.slice(0, at), after = window.location.href.slice(at + marker.length);
  var place = document.querySelector(".bd-header-article .article-header-buttons");
  var fallback = document.querySelector(".bd-sidebar-primary .sidebar-primary-items__start") || document.body;
  editions.filter(function (e) { return e[0] !== here; }).reverse().forEach(function (edition) {
    var link = document.createElement("a");
    link.className = "edition-switch";
    link.href = before + "/" + edition[0] + "/" + after;
    link.textContent = edition[1];
    link.setAttribute("hreflang", edition[0]);
    link.setAttribute("lang", edition[0]);
    if (place) {
      place.insertBefore(link, place.firstChild);
    } else {
      fallback.prepend(link);
    }
  });
});
