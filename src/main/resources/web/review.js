// Keyboard review (documented in docs/review.md): j / n next item, p previous item, k keep, t take, m merge,
// d dismiss (not the same person), u undo my last decision. Keys act on the item that has focus (the first one
// when none has). Typing in a text field is never intercepted.
(function () {
  'use strict';
  function cards() { return Array.prototype.slice.call(document.querySelectorAll('article.card')); }
  function current() {
    var all = cards();
    var focused = document.activeElement && document.activeElement.closest
      ? document.activeElement.closest('article.card') : null;
    return focused || all[0] || null;
  }
  function move(step) {
    var all = cards();
    if (all.length === 0) { return; }
    var at = all.indexOf(current());
    var next = all[Math.max(0, Math.min(all.length - 1, (at < 0 ? -1 : at) + step))];
    next.focus();
    next.scrollIntoView({ block: 'nearest' });
  }
  document.addEventListener('keydown', function (event) {
    var target = event.target;
    if (event.ctrlKey || event.metaKey || event.altKey || (target && /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) {
      return;
    }
    var key = event.key;
    if (key === 'j' || key === 'n') { move(1); event.preventDefault(); return; }
    if (key === 'p') { move(-1); event.preventDefault(); return; }
    if (key === 'u') {
      var undo = document.getElementById('undo');
      if (undo) { undo.click(); event.preventDefault(); }
      return;
    }
    var card = current();
    var button = card ? card.querySelector('button[data-key="' + key + '"]') : null;
    if (button) { button.click(); event.preventDefault(); }
  });
  document.addEventListener('DOMContentLoaded', function () {
    var first = cards()[0];
    if (first && !document.querySelector('[autofocus]')) { first.focus(); }
  });
}());
