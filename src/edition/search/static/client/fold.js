  /* ---- folding (fold.py): the same words as the server, character by character ---- */
  var REMOVED = "'\u2019\u2018\u02b9\u02bc\u02bb`\u00ad\u2032";
  var APOSTROPHES = REMOVED.replace("\u00ad", "");
  /* fold.py's PLAIN: the letters NFKD leaves whole, written as plain letters */
  var PLAIN = {"\u0141": "L", "\u0142": "l", "\u0110": "D", "\u0111": "d", "\u00d8": "O", "\u00f8": "o",
               "\u0126": "H", "\u0127": "h", "\u0131": "i", "\u00df": "ss", "\u00c6": "AE", "\u00e6": "ae",
               "\u0152": "OE", "\u0153": "oe", "\u00de": "TH", "\u00fe": "th"};
  var ALNUM = /^[\p{L}\p{N}]$/u;
  var MARK = /^\p{M}$/u;

  function foldChar(ch) {
    var out = "";
    for (var c of (PLAIN[ch] || ch).normalize("NFKD")) {
      if (REMOVED.indexOf(c) >= 0 || MARK.test(c)) continue;
      out += ALNUM.test(c) ? c.toLowerCase() : " ";
    }
    return out;
  }

  /* [start, end, word] per word; offsets count code points, as Python does. An apostrophe + "s"
     ending a word is the possessive and is dropped ("Stalin's" -> "stalin"), as in fold.py. */
  function tokenSpans(text) {
    var chars = Array.from(text), spans = [], start = -1, word = [], end = -1, apostrophe = null;
    function close() {
      var folded = word.join("");
      if (apostrophe && apostrophe[0] === word.length - 1 && folded.charAt(folded.length - 1) === "s" && word.length > 1) {
        spans.push([start, apostrophe[1], word.slice(0, -1).join("")]);
      } else spans.push([start, end, folded]);
    }
    for (var i = 0; i < chars.length; i++) {
      var folded = foldChar(chars[i]);
      if (folded === "") {
        if (start >= 0 && APOSTROPHES.indexOf(chars[i]) >= 0) apostrophe = [word.length, i];
        continue;
      }
      for (var c of folded) {
        if (c === " ") {
          if (word.length) close();
          start = -1; word = []; apostrophe = null;
        } else {
          if (!word.length) start = i;
          word.push(c);
          end = i + 1;
        }
      }
    }
    if (word.length) close();
    return spans;
  }

  function tokens(text) { return tokenSpans(text).map(function (s) { return s[2]; }); }
  function fold(text) { return tokens(text).join(" "); }
