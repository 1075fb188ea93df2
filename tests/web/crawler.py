"""A small crawler: follow every same-site link from a start page; report the broken ones."""

import urllib.error
import urllib.request
from urllib.parse import urldefrag, urljoin, urlsplit

import lxml.html

LINKS = "//a/@href | //link/@href | //script/@src | //img/@src"


def crawl(start: str, limit: int = 5000) -> tuple[set, list]:
    """(visited URLs, [(page, link, problem)]) — fragments are checked against the target's ids."""
    origin = urlsplit(start)[:2]
    seen, queue, broken, ids, fragments = set(), [start], [], {}, []
    while queue and len(seen) < limit:
        url = queue.pop()
        if url in seen:
            continue
        seen.add(url)
        try:
            with urllib.request.urlopen(url, timeout=10) as response:
                body, ctype = response.read(), response.headers.get_content_type()
        except urllib.error.HTTPError as exc:
            broken.append((url, url, f"HTTP {exc.code}"))
            continue
        if ctype != "text/html":
            continue
        doc = lxml.html.document_fromstring(body)
        ids[url] = {el.get("id") for el in doc.iter() if isinstance(el.tag, str) and el.get("id")}
        for href in doc.xpath(LINKS):
            target, fragment = urldefrag(urljoin(url, href))
            if urlsplit(target)[:2] != origin:
                continue
            queue.append(target)
            if fragment:
                fragments.append((url, href, target, fragment))
    for page, href, target, fragment in fragments:
        if target in ids and fragment not in ids[target]:
            broken.append((page, href, f"no id {fragment!r}"))
    return seen, broken
