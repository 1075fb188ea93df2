"""`edition validate`: well-formedness, RELAX NG (edition.rng), Schematron (edition.sch), cross-file references.

grammar.py, schematron.py and crossref.py each turn one kind of check into `Finding`s
(messages.py); onefile.py runs them on one file; runner.py over files and folders, in one
process or a pool, in time linear in the number of files.
"""
