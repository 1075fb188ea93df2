"""Places and organisations in the documents: the pre-tagger and the editor's to-do list (`edition entities`).

kinds.py names the two kinds (element, register, exceptions list); the matching, tagging and
reporting are edition.persons' own, given a register instead of the personography.
"""
