"""Links are written relative to the page they are on (web/links.py), so the export works from
any folder; the fragment rides along, whatever is kept of the paths."""

from edition.web.links import relative


def test_a_page_links_a_page_in_another_folder_by_going_up():
    assert relative("/persons/ezhov/", "/doc/x/") == "../../persons/ezhov/"


def test_a_page_links_a_place_on_itself_as_its_own_folder_and_the_fragment():
    assert relative("/doc/x/#p3", "/doc/x/") == "./#p3"


def test_the_same_target_keeps_each_fragment_it_is_asked_with():
    assert [relative(f"/doc/x/#d{n}", "/chronology/") for n in (1, 2, 1)] == ["../doc/x/#d1", "../doc/x/#d2", "../doc/x/#d1"]


def test_a_bare_fragment_stays_a_bare_fragment():
    assert relative("#n1", "/doc/x/") == "#n1"


def test_a_file_is_linked_from_the_folder_of_a_page_that_is_a_file():
    assert relative("/static/edition.css", "/404.html") == "static/edition.css"
    assert relative("/doc/x.xml", "/doc/y/diplomatic/") == "../../x.xml"
