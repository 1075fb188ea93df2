"""`edition validate`: well-formedness, RELAX NG (edition.rng), Schematron (edition.sch), cross-file references.

grammar.py, schematron.py and crossref.py each turn one kind of check into `Finding`s
(messages.py); runner.py runs them over files and folders.
"""
