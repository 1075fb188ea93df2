"""The front page states what each real document holds; About speaks to readers first and keeps the
encoding as a technical appendix; interface text is typeset (curly quotes, no straight ones)."""

from .conftest import page


def facts(doc, doc_id: str) -> list[str]:
    item = doc.xpath(f"//ol[@class='document-list']/li[.//a[contains(@href, 'doc/{doc_id}/')]]")[0]
    return [" ".join(li.text_content().split()) for li in item.xpath(".//ul[@class='doc-facts']/li")]


def test_front_page_counts_endnote_markers_not_one_note(real_client):
    ch2 = facts(page(real_client.get("/")), "jansen-petrov-2002-ch2")
    assert "132 endnote markers (the endnotes are not transcribed)" in ch2 and "1 footnote" in ch2
    assert "26 page breaks, inferred (no page numbers printed)" in ch2 and "6 figures" in ch2


def test_front_page_gives_slides_not_zero_pages_and_notes(real_client):
    slides = facts(page(real_client.get("/")), "papadatos-comintern-slides")
    assert slides[0] == "11 slides" and not any(f.startswith("0 ") for f in slides)


def test_front_page_gives_printed_pages_and_says_when_the_editors_counted_them(real_client):
    doc = page(real_client.get("/"))
    assert facts(doc, "slavic-review-1967-forum")[0] == "8 pages (pp. 665–672)"  # (a no-break space, folded by split)
    assert facts(doc, "cia-1957-khrushchev-purge")[0] == "14 pages, counted by the editors (no page numbers printed)"


def test_about_puts_the_readers_introduction_before_the_technical_appendix(client):
    doc = page(client.get("/about/"))
    headings = [h.get("id") for h in doc.xpath("//main/section/h2")]
    assert headings.index("introduction") < headings.index("reading") < headings.index("appendix") == len(headings) - 1
    assert doc.xpath("//section[@class='appendix']/section[@class='encoding-doc']")
    assert not doc.xpath("//main/section[not(@class='appendix')]//table")  # file tables only in the appendix


# Quoted source text (the documents, the apparatus, titles and citations) keeps its own marks.
SOURCE_TEXT = ("article", "code", "pre", "cite", "ol[@class='apparatus-list']",
               "p[@class='citation-text']", "h3")


def test_interface_text_has_no_straight_quotes(client):
    outside = " | ".join(f"ancestor-or-self::{s}" for s in SOURCE_TEXT)
    for url in ("/", "/about/", "/about/schema/", "/search/", "/doc/fixture-alpha/"):
        for el in page(client.get(url)).xpath(f"//main//*[not({outside})]"):
            assert not {"'", '"'} & set((el.text or "") + (el.tail or "")), (url, el.tag, el.text)
