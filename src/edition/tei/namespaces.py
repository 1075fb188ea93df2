"""The namespaces of the edition's TEI, and the Clark-name prefixes lxml needs."""

from ..xmlsafe import NS, TEI_NS, XML_NS

T = f"{{{TEI_NS}}}"  # T + "p" is a TEI p element's tag
XML_ID = f"{{{XML_NS}}}id"
# what render/ids.py writes into a document for the XSLT (ids:id, ids:entry); never the TEI's own
IDS = "{urn:edition:ids}"

__all__ = ["IDS", "NS", "T", "TEI_NS", "XML_ID", "XML_NS"]
