"""Numbered paragraphs, bulleted and lettered lists, and verse: the line-structured blocks.

A mixin of `Builder`. A list or a poem broken by a page carries on in the same element, with
the page's furniture inside it.
"""

from lxml import etree

from .classify import BULLET, LETTERED, NUMBERED, ends_sentence
from .inline import append_text, clean, fill
from .tei import tei


class Lists:
    list = None     # the list items may still be added to

    def on_numbered(self, block):
        for lines in _split(block.lines, NUMBERED):
            raw = clean(" ".join(line.strip() for line in lines))
            p = self.new_block(etree.Element(tei("p"), n=NUMBERED.match(lines[0].strip()).group(1)), "p", raw)
            fill(p, raw, self.notes)

    def on_verse(self, block):
        if self.last_kind == "verse" and self.last is not None:
            quote = self.last
            for _, el in [q for q in self.queue if q[0] != "figure"]:
                quote.append(el)
            self.queue = [q for q in self.queue if q[0] == "figure"]
        else:
            quote = self.new_block(etree.Element(tei("quote")), "verse")
        last_lg = quote[-1] if len(quote) and etree.QName(quote[-1]).localname == "lg" else None
        if last_lg is not None and len(last_lg) and not ends_sentence("".join(last_lg[-1].itertext())):
            lg = last_lg   # a stanza broken by the page: same lg, the break inside it
            if not any(etree.QName(el).localname == "pb" for el in quote[list(quote).index(last_lg) + 1:]):
                lg.append(etree.Element(tei("pb")))
            for el in list(quote[list(quote).index(last_lg) + 1:]):
                lg.append(el)
        else:
            lg = etree.SubElement(quote, tei("lg"))
        for line in block.lines:
            l_el = etree.SubElement(lg, tei("l"))
            fill(l_el, clean(line.strip()), self.notes)
        self.last, self.last_kind = quote, "verse"

    def on_list(self, block):
        self.on_lettered(block)

    def on_lettered(self, block):
        if self.last_kind in ("list", "item") and self.list is not None and self.div() is self.list.getparent():
            for kind, el in [q for q in self.queue if q[0] != "figure"]:
                self.list.append(el)
            self.queue = [q for q in self.queue if q[0] == "figure"]
            lst = self.list
        else:
            lst = self.new_block(etree.Element(tei("list")), "list")
            self.list = lst
        item = None
        for line in block.lines:
            bullet = BULLET.match(line)
            body = bullet.group(2) if bullet else line.strip()
            starts_item = bullet or LETTERED.match(line.strip()) or item is None
            if not starts_item:
                append_text(item, " ")
                fill(item, clean(body), self.notes)
                continue
            parent = lst
            if bullet and bullet.group(1) and item is not None:
                sub = item.find(tei("list"))
                parent = sub if sub is not None else etree.SubElement(item, tei("list"))
            item = etree.SubElement(parent, tei("item"))
            letter = LETTERED.match(body)
            if letter:
                item.set("n", letter.group(1) or letter.group(2))
            fill(item, clean(body), self.notes)
        self.last, self.last_kind, self.last_raw = item, "item", clean(block.text)


def _split(lines, pattern):
    groups = []
    for line in lines:
        if pattern.match(line.strip()) or not groups:  # the classifier matched the stripped line too
            groups.append([line])
        else:
            groups[-1].append(line)
    return groups
