"""Write a tagged tree back as text, changing nothing but the tags added.

lxml would rewrite the XML declaration (quotes) and drop the file's final newline; an editor
reviewing `git diff` after `edition persons --tag` should see only the new `persName`s. So the
prolog (declaration, xml-model processing instructions, comments before the root) and whatever
follows the root element are copied from the file as written.
"""

import re

from lxml import etree

_PROLOG = re.compile(r"(?:\s*(?:<\?.*?\?>|<!--.*?-->))*\s*", re.S)


def serialise(tree, raw: str) -> str:
    root = tree.getroot()
    prolog = _PROLOG.match(raw).group()
    close = f"</{root.prefix + ':' if root.prefix else ''}{etree.QName(root).localname}"
    end = raw.rfind(close)
    epilogue = raw[raw.index(">", end) + 1:] if end != -1 else "\n"
    return prolog + etree.tostring(root, encoding="unicode") + epilogue
