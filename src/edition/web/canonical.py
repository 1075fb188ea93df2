"""The edition's public address: every citation, canonical link, DTS @id and sitemap entry.

With a base URL (`--base-url`, or `[site] base_url` in edition.toml; app config BASE_URL) a
page's public URL is the base joined with the page's path below the app's root. Without one
the viewer cannot know where the edition will be published: a citation is then given relative
to the edition's home page ("doc/x/") with a visible note saying so, never the address the
request happened to come to (http://127.0.0.1:5000/, or http://localhost/ in the export).
"""

from flask import current_app, request, url_for


def base_url() -> str:
    base = current_app.config.get("BASE_URL") or ""
    return base if not base or base.endswith("/") else base + "/"


def public_path(path: str | None = None) -> str:
    """The page's path below the edition's home ("doc/x/"; "" for the home page itself)."""
    path = request.path if path is None else path
    return path.lstrip("/")


def public_url(path: str | None = None) -> str:
    """The absolute public URL of the page at `path` (default: this page), or '' without a base URL."""
    base = base_url()
    return base + public_path(path) if base else ""


def citation_url(path: str | None = None) -> str:
    """What a citation gives: the public URL, else the path relative to the edition's home."""
    return public_url(path) or public_path(path) or "./"


def endpoint_url(endpoint: str, **values) -> str:
    """The public URL of a route of the table (sitemap entries)."""
    return public_url(url_for(f"edition.{endpoint}", **values))
