"""Build the edition's schema files and their documentation (`python -m edition.schema_build`)."""
