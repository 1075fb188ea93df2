"""A small crawler: follow every same-site link from a start page; report the broken ones.

It reads pages through a `fetch(url) -> (status, content type, body)`: a real HTTP server
(`over_http`, the default), the app itself through Flask's test client (`through_client`), or
an exported site's files on disk, as a plain web server would map URLs to them (`from_files`).
"""

import mimetypes
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import unquote, urldefrag, urljoin, urlsplit

import lxml.html

LINKS = "//a/@href | //link/@href | //script/@src | //img/@src"


def over_http(url: str) -> tuple[int, str, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.headers.get_content_type(), response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, "", b""


def through_client(client):
    """Fetch from the app (URLs given as http://edition.test/<path>)."""
    def fetch(url: str) -> tuple[int, str, bytes]:
        response = client.get(urlsplit(url).path)
        return response.status_code, response.mimetype, response.get_data()
    return fetch


def from_files(root: Path):
    """Fetch from an exported site (URLs given as http://edition.test/<path>): a path ending in
    / is its folder's index.html, anything else the file of that name; no file is a 404."""
    def fetch(url: str) -> tuple[int, str, bytes]:
        path = unquote(urlsplit(url).path)
        file = root / (path.lstrip("/") + ("index.html" if path.endswith("/") else ""))
        if ".." in Path(path).parts or not file.is_file():
            return 404, "", b""
        return 200, mimetypes.guess_type(file.name)[0] or "", file.read_bytes()
    return fetch


def crawl(start: str, limit: int = 5000, fetch=over_http) -> tuple[set, list]:
    """(visited URLs, [(page, link, problem)]) — fragments are checked against the target's ids;
    more than `limit` pages is a problem too (a list that never ends)."""
    origin = urlsplit(start)[:2]
    seen, queue, broken, ids, fragments = set(), [(start, start)], [], {}, []
    while queue:
        url, referrer = queue.pop()
        if url in seen:
            continue
        if len(seen) == limit:
            broken.append((referrer, url, f"more than {limit} pages"))
            break
        seen.add(url)
        status, ctype, body = fetch(url)
        if status != 200:
            broken.append((referrer, url, f"HTTP {status}"))
            continue
        if ctype != "text/html":
            continue
        doc = lxml.html.document_fromstring(body)
        ids[url] = {el.get("id") for el in doc.iter() if isinstance(el.tag, str) and el.get("id")}
        for href in doc.xpath(LINKS):
            target, fragment = urldefrag(urljoin(url, href))
            if urlsplit(target)[:2] != origin:
                continue
            queue.append((target, url))
            if fragment:
                fragments.append((url, href, target, fragment))
    for page, href, target, fragment in fragments:
        if target in ids and fragment not in ids[target]:
            broken.append((page, href, f"no id {fragment!r}"))
    return seen, broken
