"""What each page of the viewer reads is recorded (reads.py), and a page is kept only when every
facet it read digests as before (web/page_inputs.py)."""

from edition import reads
from edition.web import create_app
from edition.web.page_inputs import PageInputs
from edition.web.state import corpus


def read_by(app, url):
    with reads.recording() as found:
        assert app.test_client().get(url).status_code == 200
    return found


def test_a_persons_page_reads_the_mentions_of_the_documents_naming_them_only(fixture_tei):
    app = create_app({"TEI_DIR": str(fixture_tei)})
    found = read_by(app, "/persons/khrushchev/")
    assert ("quoted", "persons", "fixture-beta") in found
    assert ("quoted", "persons", "fixture-alpha") not in found and not any(k[0] == "text" for k in found)


def test_the_front_page_reads_each_documents_counts_and_not_their_texts(fixture_tei):
    app = create_app({"TEI_DIR": str(fixture_tei)})
    found = read_by(app, "/")
    assert {("own", "fixture-alpha"), ("own", "fixture-beta"), ("docs",)} <= found
    assert not any(k[0] == "text" for k in found)


def test_the_edition_zip_reads_every_text_even_from_the_cache(fixture_tei):
    app = create_app({"TEI_DIR": str(fixture_tei)})
    read_by(app, "/download/edition.zip")
    assert {("text", "fixture-alpha"), ("text", "fixture-beta")} <= read_by(app, "/download/edition.zip")


SITE = ["index.html", "persons/avtorkhanov/index.html", "persons/khrushchev/index.html", "static/edition.css"]


def inputs_over(app, previous=None):
    with app.app_context():
        return PageInputs(previous, SITE).over(corpus())


def test_a_page_is_kept_only_while_every_facet_it_read_is_the_same(fixture_tei):
    app = create_app({"TEI_DIR": str(fixture_tei)})
    first = inputs_over(app)
    first.record("persons/khrushchev/index.html", read_by(app, "/persons/khrushchev/"))
    first.record("persons/avtorkhanov/index.html", read_by(app, "/persons/avtorkhanov/"))
    table = first.table(SITE)
    again = inputs_over(app, table)
    assert again.fresh("persons/khrushchev/index.html") and not again.fresh("persons/stalin/index.html")
    beta = fixture_tei / "fixture-beta.xml"
    beta.write_text(beta.read_text(encoding="utf-8").replace("Khrushchev<", "Khrushchov<", 1), encoding="utf-8")
    changed = create_app({"TEI_DIR": str(fixture_tei)})
    later = inputs_over(changed, table)
    assert not later.fresh("persons/khrushchev/index.html") and later.fresh("persons/avtorkhanov/index.html")


def test_a_malformed_table_keeps_no_page(fixture_tei):
    app = create_app({"TEI_DIR": str(fixture_tei)})
    first = inputs_over(app)
    first.record("index.html", read_by(app, "/"))
    table = first.table(SITE)
    assert table["pages"] == [0, None, None, None]
    for broken in ({**table, "sets": [[len(table["facets"])]]}, {**table, "facets": "x"}, {**table, "pages": [0]}):
        assert not inputs_over(app, broken).fresh("index.html")
    assert inputs_over(app, table).fresh("index.html")


def test_every_count_of_the_first_pass_notes_what_is_read_of_it(fixture_tei):
    """A field of corpus.Index that noted nothing would leave the pages reading it stale."""
    import dataclasses

    from edition.web.noted import Noted

    with create_app({"TEI_DIR": str(fixture_tei)}).app_context():
        index = corpus().index
    for field in dataclasses.fields(index):
        value = getattr(index, field.name)
        if field.name != "documents":
            assert isinstance(value, Noted) or all(isinstance(v, Noted) for v in value.values()), field.name
    with reads.recording() as found:
        index.by_entity["persons"].get("stalin")
        len(index.dated["places"])
        index.contents["fixture-alpha"]
    assert found == {("entry", "persons", "stalin"), ("entries", "places"), ("own", "fixture-alpha")}


def test_each_facet_a_page_reads_has_a_digest(fixture_tei):
    from edition.web import facets

    app = create_app({"TEI_DIR": str(fixture_tei)})
    found = read_by(app, "/persons/stalin/") | read_by(app, "/chronology/") | read_by(app, "/download/edition.zip")
    with app.app_context():
        c = corpus()
        assert {k[0] for k in found} >= {"docs", "entry", "dated", "quoted", "text"}
        assert [k for k in found if facets.digest(c, k) is None] == []
