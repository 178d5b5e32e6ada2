// releases serve: the only script. Every state of a page is in its URL and every control is a plain link or
// form, so this only adds a drag across the timeline's bars (a date range) and "/" to focus the query box.
"use strict";

document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll("svg.timeline").forEach(function (svg) {
    var bars = Array.prototype.slice.call(svg.querySelectorAll("a.bar"));
    var start = null;
    var end = null;
    var dragged = false;

    function barAt(target) {
      return target && target.closest ? target.closest("a.bar") : null;
    }
    function mark() {
      var lo = Math.min(bars.indexOf(start), bars.indexOf(end));
      var hi = Math.max(bars.indexOf(start), bars.indexOf(end));
      bars.forEach(function (b, i) {
        b.classList.toggle("range", start !== null && i >= lo && i <= hi);
      });
    }

    svg.addEventListener("mousedown", function (e) {
      var bar = barAt(e.target);
      if (!bar || e.button !== 0) {
        return;
      }
      e.preventDefault();
      start = end = bar;
      dragged = false;
      mark();
    });
    svg.addEventListener("mousemove", function (e) {
      var bar = barAt(e.target);
      if (start !== null && bar && bar !== end) {
        end = bar;
        dragged = end !== start;
        mark();
      }
    });
    document.addEventListener("mouseup", function () {
      if (start === null) {
        return;
      }
      var a = start.getAttribute("data-period");
      var b = end.getAttribute("data-period");
      var wasDrag = dragged;
      var link = start.getAttribute("href");
      start = end = null;
      mark();
      if (!wasDrag) {
        return;
      }
      var url = new URL(link, window.location.href);
      url.searchParams.set("from", a < b ? a : b);
      url.searchParams.set("to", a < b ? b : a);
      url.searchParams.delete("page");
      window.location.assign(url.pathname + url.search);
    });
    svg.addEventListener("click", function (e) {
      if (dragged) {
        e.preventDefault();
        dragged = false;
      }
    });
  });

  document.addEventListener("keydown", function (e) {
    var box = document.getElementById("q");
    if (e.key === "/" && box && document.activeElement !== box &&
        !(document.activeElement && /INPUT|TEXTAREA|SELECT/.test(document.activeElement.tagName))) {
      e.preventDefault();
      box.focus();
      box.select();
    }
  });
});
