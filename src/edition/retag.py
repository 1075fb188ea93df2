"""Write a tree that a tagger changed back as text, changing nothing but the tags it added.

lxml would rewrite the XML declaration (quotes), drop a byte-order mark and the file's final
newline; an editor reviewing `git diff` after `edition persons --tag` or `edition dates --tag`
should see only the new elements. So everything before the root's start tag (byte-order mark,
declaration, xml-model processing instructions, comments) and after its end tag is copied from
the file as written.
"""

from lxml import etree

from .sourcetext import TOKEN


def require_target(path) -> None:
    """`--tag FILE` edits FILE in place: a FILE that is not there is a usage error (exit 2)."""
    from pathlib import Path

    from .errors import EditionError

    if not Path(path).exists():
        raise EditionError(f"{path}: error: no such file to tag")


def serialise(tree: etree._ElementTree, raw: str) -> str:
    """`tree` as text inside the prolog and epilogue of `raw`, the file it was parsed from."""
    tags = [m for m in TOKEN.finditer(raw) if not m.group().startswith(("<?", "<!"))]
    prolog, epilogue = raw[: tags[0].start()], raw[tags[-1].end():]
    return prolog + etree.tostring(tree.getroot(), encoding="unicode") + epilogue
