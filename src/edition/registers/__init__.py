"""The registers of places and organisations (places.xml, organisations.xml) as data.

entries.py holds the models, read.py parses the files; which files are registers at all is
edition.tei.registers (the core rule every command uses to tell registers from documents).
"""
