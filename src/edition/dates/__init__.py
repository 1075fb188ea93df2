"""Dates: find date expressions in English text, normalise them to TEI attributes, tag and check.

`recogniser.find_dates(text, context)` is the pure core; `tagger` applies it to a TEI tree,
`reporter` lists what is left untagged, `normalise` checks the attributes of existing `date`s.
"""
