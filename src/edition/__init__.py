"""edition: a TEI-XML scholarly edition of five documents on the Soviet purges, and its toolkit."""

__version__ = "0.1.0"
