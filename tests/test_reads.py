"""reads.py: a computation is credited with every facet it read, also through a cache."""

from edition import reads
from edition.cache import BoundedCache


def test_a_key_noted_inside_a_recording_is_collected_and_outside_nothing_happens():
    reads.note("text", "outside")
    with reads.recording() as found:
        reads.note("text", "a")
    assert found == {("text", "a")}


def test_a_value_served_from_a_cache_notes_again_what_its_making_read():
    cache = BoundedCache(4)

    def make():
        reads.note("dated", "a")
        return 1

    with reads.recording() as first:
        cache.get("k", make, signature=())
    with reads.recording() as second:
        cache.get("k", make, signature=())
    assert first == second == {("dated", "a")} and cache.hits == 1


def test_quiet_hides_reads_from_the_page_but_not_from_the_cache_filled_inside():
    cache = BoundedCache(4)
    with reads.recording() as page:
        with reads.quiet():
            cache.get("k", lambda: reads.note("text", "a"), signature=())
    with reads.recording() as later:
        cache.peek("k")
    assert page == set() and later == {("text", "a")}


def test_a_nested_recording_adds_its_keys_to_the_outer_one():
    with reads.recording() as outer:
        reads.note("docs")
        with reads.recording() as inner:
            reads.note("own", "a")
    assert inner == {("own", "a")} and outer == {("docs",), ("own", "a")}
