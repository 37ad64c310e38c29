// Accessible names that say what the reader sees (WCAG 2.5.3 "Label in name") and wide
// tables that a keyboard can scroll (WCAG 2.1.1). The theme's markup names its icon buttons
// with an aria-label that differs from the icons' own titles, and its folded code cells with
// "Toggle hidden content" while they show "Show code cell source".
function mnjpAccessibleNames() {
  // icons inside a named control are decoration: the control's name is its label
  document.querySelectorAll("button[aria-label] svg, button[aria-label] i, a[aria-label] svg, a[aria-label] i").forEach(function (icon) {
    if (icon.getAttribute("aria-hidden") === "true" && !icon.hasAttribute("title") && !icon.querySelector("title")) return;
    icon.setAttribute("aria-hidden", "true");
    icon.removeAttribute("aria-labelledby");
    icon.removeAttribute("role");
    icon.removeAttribute("title");
    icon.querySelectorAll("title").forEach(function (title) { title.remove(); });
  });
  // a control with visible words is named by those words
  document.querySelectorAll("button.search-button__button[aria-label], summary[aria-label]").forEach(function (control) {
    if (control.textContent.trim()) control.removeAttribute("aria-label");
  });
  // a table that scrolls sideways inside its own box can be reached and scrolled by keyboard
  document.querySelectorAll("table.mnjp-table, figure:has(> object.mnjp-chart)").forEach(function (box) {
    box.setAttribute("tabindex", "0");
  });
}
document.addEventListener("DOMContentLoaded", function () {
  mnjpAccessibleNames();
  // Font Awesome swaps each <i> for an <svg> (with a <title>) after the page has loaded
  new MutationObserver(mnjpAccessibleNames).observe(document.body, { childList: true, subtree: true });
});
