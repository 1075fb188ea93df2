  /* ---- optional page wiring ---- */
  // "?hl=word&hl=…": the words the unit matched, which the viewer's edition.js marks on arrival
  // (the server's links carry the same, src/edition/web/search.py).
  function highlightQuery(parts) {
    var seen = [];
    parts.forEach(function (p) {
      var t = p.text.trim();
      if (p.hit && t && seen.indexOf(t) === -1) seen.push(t);
    });
    if (!seen.length) return "";
    var params = new URLSearchParams();
    seen.forEach(function (t) { params.append("hl", t); });
    return "?" + params.toString();
  }

  // The same markup as the server's results page (src/edition/web/templates/search.html), for
  // one page of passages (search() with options.page): only that page's texts were fetched.
  function render(container, results, base, options) {
    while (container.firstChild) container.removeChild(container.firstChild);
    var doc = container.ownerDocument;
    function el(tag, cls, text) {
      var node = doc.createElement(tag);
      if (cls) node.className = cls;
      if (text !== undefined) node.textContent = text;
      return node;
    }
    var page = results.page, pages = results.pages, first = (page - 1) * PAGE_SIZE, shown = results.results;
    container.appendChild(el("p", "search-summary", results.total + (results.total === 1 ? " passage" : " passages") +
      " in " + results.documents.length + (results.documents.length === 1 ? " document" : " documents") +
      (results.total > 1 ? ", most relevant first" : "") +
      (pages > 1 ? "; passages " + (first + 1) + "\u2013" + (first + shown.length) + " (page " + page + " of " + pages + ")" : "")));
    if (!results.results.length) return;
    var byDoc = el("p", "search-documents");
    byDoc.appendChild(el("span", "index-label", "By document:"));
    results.documents.forEach(function (group, i) {
      byDoc.appendChild(doc.createTextNode(i ? " \u00b7 " : " "));
      var only = el("a", "", group.title), params = new URLSearchParams();  // the same search, in this document
      if (results.query) params.set("q", results.query);
      params.set("doc", group.doc_id);
      if (options && options.person) params.set("person", options.person);
      only.href = "?" + params.toString();
      byDoc.appendChild(only);
      byDoc.appendChild(doc.createTextNode("\u00a0(" + group.hits + ")"));
    });
    container.appendChild(byDoc);
    var list = el("ol", "search-results-list");
    if (first) list.setAttribute("start", String(first + 1));
    shown.forEach(function (u) {
      var li = el("li", "search-result"), where = el("p", "search-where"), text = el("p", "search-snippet");
      var a = el("a", "", u.title);
      a.href = base + u.doc_id + "/" + highlightQuery(u.snippet) + u.fragment;
      where.appendChild(a);
      if (u.place) {
        where.appendChild(doc.createTextNode(" "));
        where.appendChild(el("span", "search-page", "(" + u.place + ")"));
      }
      u.snippet.forEach(function (part) {
        text.appendChild(part.hit ? el("mark", "", part.text) : doc.createTextNode(part.text));
      });
      li.appendChild(where);
      li.appendChild(text);
      list.appendChild(li);
    });
    container.appendChild(list);
    if (pages > 1) {
      var nav = el("nav", "search-pages");
      nav.setAttribute("aria-label", "Pages of results");
      [[page - 1, "prev", "Previous " + PAGE_SIZE], [page + 1, "next", "Next " + Math.min(PAGE_SIZE, results.total - page * PAGE_SIZE)]]
        .forEach(function (to) {
          if (to[0] < 1 || to[0] > pages) return;
          var params = new URLSearchParams(), a = el("a", "", to[2]);
          if (results.query) params.set("q", results.query);
          if (options && options.doc) params.set("doc", options.doc);
          if (options && options.person) params.set("person", options.person);
          params.set("page", String(to[0]));
          a.href = "?" + params.toString();
          a.rel = to[1];
          nav.appendChild(a);
          nav.appendChild(doc.createTextNode(" "));
        });
      container.appendChild(nav);
    }
  }
