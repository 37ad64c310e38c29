// A link on every page to the same page in the other language edition, in the page's
// header bar so that it shows at every width (the sidebar is a drawer on a phone).
// Editions live side by side in _build/html/<lang>/, so the address differs only there.
document.addEventListener("DOMContentLoaded", function () {
  var names = { en: "Монгол хэлээр", mn: "In English" };
  var here = (document.documentElement.lang || "en").slice(0, 2);
  var other = here === "mn" ? "en" : "mn";
  var marker = "/" + here + "/";
  var at = window.location.href.lastIndexOf(marker);
  if (at < 0) return;
  var link = document.createElement("a");
  link.className = "edition-switch";
  link.href = window.location.href.slice(0, at) + "/" + other + "/" + window.location.href.slice(at + marker.length);
  link.textContent = names[here];
  link.setAttribute("hreflang", other);
  link.setAttribute("lang", other);
  var place = document.querySelector(".bd-header-article .article-header-buttons");
  if (place) {
    place.insertBefore(link, place.firstChild);
  } else {
    (document.querySelector(".bd-sidebar-primary .sidebar-primary-items__start") || document.body).prepend(link);
  }
});
