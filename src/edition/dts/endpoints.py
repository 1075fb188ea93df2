"""The URLs and URI templates (RFC 6570) of the four DTS endpoints, dynamic or static.

Dynamic (a server answering query parameters), under `base` (default "/api/dts"):
  entry       {base}/
  collection  {base}/collection/{?id,page,nav}
  navigation  {base}/navigation/{?resource,ref,start,end,down,tree,page}
  document    {base}/document/{?resource,ref,start,end,tree,mediaType}
Static, level 0 (files; the specification's path-style templates):
  entry       {base}/index.json
  collection  {base}/collection{/id}.json
  navigation  {base}/navigation/{resource}{;tree,down}{/ref}.json
  document    {base}/document/{resource}{;tree}{/ref}.xml
"""

from dataclasses import dataclass
from urllib.parse import quote, urlencode


# What follows the resource in the templates of the two endpoints that take one (see above).
_STATIC_REST = {"navigation": "{;tree,down}{/ref}.json", "document": "{;tree}{/ref}.xml"}
_QUERY_REST = {"navigation": "ref,start,end,down,tree,page", "document": "ref,start,end,tree,mediaType"}


def _q(value: str) -> str:
    return quote(str(value), safe="")


@dataclass(frozen=True)
class Endpoints:
    base: str = "/api/dts"
    static: bool = False

    # -- templates --------------------------------------------------------------------------
    def entry_id(self) -> str:
        return f"{self.base}/index.json" if self.static else f"{self.base}/"

    def collection_template(self) -> str:
        return f"{self.base}/collection{{/id}}.json" if self.static else f"{self.base}/collection/{{?id,page,nav}}"

    def navigation_template(self) -> str:
        return self._resource_template("navigation")

    def document_template(self) -> str:
        return self._resource_template("document")

    def collection_for(self, id: str) -> str:
        if self.static:
            return f"{self.base}/collection/{_q(id)}.json"
        return f"{self.base}/collection/?id={_q(id)}{{&page,nav}}"

    def navigation_for(self, resource: str) -> str:
        return self._resource_template("navigation", resource)

    def document_for(self, resource: str) -> str:
        return self._resource_template("document", resource)

    def _resource_template(self, endpoint: str, resource: str | None = None) -> str:
        """The endpoint's template, or (given a resource) the template of that resource's requests."""
        if self.static:
            where = "{resource}" if resource is None else _q(resource)
            return f"{self.base}/{endpoint}/{where}{_STATIC_REST[endpoint]}"
        query = _QUERY_REST[endpoint]
        if resource is None:
            return f"{self.base}/{endpoint}/{{?resource,{query}}}"
        return f"{self.base}/{endpoint}/?resource={_q(resource)}{{&{query}}}"

    # -- concrete URLs (the @id of a response) ------------------------------------------------
    def collection_url(self, id: str | None = None, nav: str | None = None) -> str:
        if self.static:
            return f"{self.base}/collection" + (f"/{_q(id)}" if id else "") + ".json"
        params = {k: v for k, v in (("id", id), ("nav", nav)) if v}
        return f"{self.base}/collection/" + (f"?{urlencode(params)}" if params else "")

    def navigation_url(self, resource: str, ref=None, start=None, end=None, down=None, tree=None) -> str:
        if self.static:
            matrix = "".join(f";{k}={_q(v)}" for k, v in (("tree", tree), ("down", down)) if v is not None)
            return f"{self.base}/navigation/{_q(resource)}{matrix}" + (f"/{_q(ref)}" if ref else "") + ".json"
        params = [(k, v) for k, v in (("resource", resource), ("ref", ref), ("start", start), ("end", end),
                                      ("down", down), ("tree", tree)) if v is not None]
        return f"{self.base}/navigation/?{urlencode(params)}"

    def document_url(self, resource: str, ref=None, tree=None) -> str:
        if self.static:
            matrix = f";tree={_q(tree)}" if tree else ""
            return f"{self.base}/document/{_q(resource)}{matrix}" + (f"/{_q(ref)}" if ref else "") + ".xml"
        params = [(k, v) for k, v in (("resource", resource), ("ref", ref), ("tree", tree)) if v is not None]
        return f"{self.base}/document/?{urlencode(params)}"
