// corroborate: the one script. Clicking a marked passage (or its number) shows its
// attributions' notes beside it; the page works without it (the numbers link to the notes).
(function () {
  "use strict";
  var pop = document.getElementById("popover");
  if (!pop) return;
  var active = [];

  function hide() {
    pop.hidden = true;
    pop.textContent = "";
    active.forEach(function (m) { m.classList.remove("active"); });
    active = [];
  }

  function show(numbers, anchor) {
    hide();
    numbers.forEach(function (n) {
      var note = document.getElementById("note-" + n);
      if (note) {
        var copy = note.cloneNode(true);
        copy.removeAttribute("id");  // ids stay unique
        pop.appendChild(copy);
      }
      document.querySelectorAll('mark[data-notes~="' + n + '"]').forEach(function (m) {
        m.classList.add("active");
        active.push(m);
      });
    });
    if (!pop.firstChild) return;
    var box = anchor.getBoundingClientRect();
    pop.hidden = false;
    var left = Math.min(window.scrollX + box.left, window.scrollX + document.documentElement.clientWidth - pop.offsetWidth - 8);
    pop.style.left = Math.max(8, left) + "px";
    pop.style.top = (window.scrollY + box.bottom + 6) + "px";
  }

  document.addEventListener("click", function (event) {
    var target = event.target;
    if (!(target instanceof Element)) return;
    var mark = target.closest("#text mark[data-notes]");
    var ref = target.closest("#text a.ref");
    if (mark) {
      show(mark.getAttribute("data-notes").split(" "), mark);
    } else if (ref) {
      event.preventDefault();
      show([ref.getAttribute("data-note")], ref);
    } else if (!target.closest("#popover")) {
      hide();
    }
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") hide();
  });
})();
