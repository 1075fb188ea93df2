"""Persons: the personography model, the pre-tagger and the editor's to-do list (`edition persons`)."""
