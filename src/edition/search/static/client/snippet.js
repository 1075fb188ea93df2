  /* ---- snippets (snippet.py), on code-point arrays ---- */
  var CONTEXT = 70, MAX_FRAGMENTS = 3, ELLIPSIS = "\u2026", FRAGMENT_WORDS = 6;
  function indexOfSpace(chars, from) {
    for (var i = Math.max(from, 0); i < chars.length; i++) if (chars[i] === " ") return i;
    return -1;
  }
  function lastIndexOfSpace(chars, before) {
    for (var i = Math.min(before, chars.length) - 1; i >= 0; i--) if (chars[i] === " ") return i;
    return -1;
  }
  function widenLeft(chars, i) {
    if (i <= 0) return 0;
    var j = indexOfSpace(chars, i);
    return j < 0 ? 0 : j + 1;
  }
  function widenRight(chars, i) {
    if (i >= chars.length) return chars.length;
    var j = lastIndexOfSpace(chars, i);
    return j < 0 ? chars.length : j;
  }
  function slice(chars, a, b) { return chars.slice(a, b).join(""); }

  function snippet(text, hitSpans) {
    var chars = Array.from(text);
    if (!hitSpans.length) {
      var e = widenRight(chars, 2 * CONTEXT);
      return [{ text: slice(chars, 0, e) + (e < chars.length ? ELLIPSIS : ""), hit: false }];
    }
    var windows = [];
    hitSpans.forEach(function (h) {
      var lo = h[0] - CONTEXT > 0 ? widenLeft(chars, h[0] - CONTEXT) : 0;
      lo = Math.min(lo, h[0]);
      var hi = Math.max(widenRight(chars, h[1] + CONTEXT), h[1]);
      if (windows.length && lo <= windows[windows.length - 1][1]) {
        windows[windows.length - 1][1] = Math.max(windows[windows.length - 1][1], hi);
      } else if (windows.length < MAX_FRAGMENTS) windows.push([lo, hi]);
    });
    var out = [];
    windows.forEach(function (w) {
      if (w[0] > 0) out.push({ text: ELLIPSIS, hit: false });
      var pos = w[0];
      hitSpans.forEach(function (h) {
        if (h[0] >= w[0] && h[1] <= w[1]) {
          if (h[0] > pos) out.push({ text: slice(chars, pos, h[0]), hit: false });
          out.push({ text: slice(chars, h[0], h[1]), hit: true });
          pos = h[1];
        }
      });
      if (w[1] > pos) out.push({ text: slice(chars, pos, w[1]), hit: false });
    });
    if (windows.length && windows[windows.length - 1][1] < chars.length) out.push({ text: ELLIPSIS, hit: false });
    return out;
  }

  function fragment(unit) {
    if (unit.a) return "#" + unit.a;
    var words = unit.t.split(/\s+/).filter(Boolean).slice(0, FRAGMENT_WORDS);
    if (!words.length) return unit.g ? "#" + unit.g : "";
    return "#:~:text=" + encodeURIComponent(words.join(" "))
      .replace(/[!'()*]/g, function (c) { return "%" + c.charCodeAt(0).toString(16).toUpperCase(); })
      .replace(/-/g, "%2D");
  }
