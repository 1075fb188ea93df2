"""The TEI reading model: what every reader of the edition's TEI agrees on, stated once.

- namespaces.py: the TEI and XML namespaces, `T` for Clark names, `XML_ID`;
- reading.py: what is and is not reading text (the text the reading view shows);
- refs.py: a `persName/@ref` to the person id it names;
- editors_notes.py: the editors' own notes, whose names and dates are not the document's;
- positions.py: line:col of offsets in a file's text.

Core layer: it imports nothing of the edition but xmlsafe, and everything may import it.
"""
