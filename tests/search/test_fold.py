"""Folding: the one definition of "the same word" for the server and the static client."""

from edition.search.fold import fold, token_spans


def test_apostrophes_of_every_kind_are_removed_inside_a_word():
    forms = ["Zinov'ev", "Zinov’ev", "Zinovʹev", "Zinovʼev", "Zinov`ev"]
    assert {fold(f) for f in forms} == {"zinovev"}


def test_diacritics_and_case_are_folded_in_latin_and_cyrillic():
    assert fold("Émigrés PATHÉ") == "emigres pathe"
    assert fold("Ёжов Йосиф") == fold("ежов иосиф")


def test_hyphens_and_dashes_separate_words():
    assert fold("Zinov'ev–Kamenev trial") == "zinovev kamenev trial"
    assert fold("well-known") == "well known"


def test_spans_point_back_at_the_original_text():
    text = "“Zinov’ev,” he said"
    for start, end, word in token_spans(text):
        assert fold(text[start:end]) == word


def test_the_english_possessive_is_dropped_with_its_s():
    assert fold("Stalin's men") == fold("Stalin’s men") == "stalin men"
    assert fold("Zinov'ev's trial") == "zinovev trial"
    assert fold("the Soviets' rule") == "the soviets rule"
    text = "Stalin’s"
    start, end, word = token_spans(text)[0]
    assert text[start:end] == "Stalin"
