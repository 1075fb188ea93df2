"""Who in the personography still lacks an authority id (`edition persons --authority`).

An id is added only where a cited work confirms it (docs/encoding.md, "Persons"), so this list
is the editors' to-do: one finding per person without a `wikidata`, `viaf` or `gnd` idno.
"""

from .personography import Personography
from .reporter import Finding, person_findings

AUTHORITIES = ("wikidata", "viaf", "gnd")


def lacking(personography: Personography) -> list[Finding]:
    return person_findings(
        personography, lambda p: not any(kind in AUTHORITIES and value for kind, value, _ in p.authorities),
        "no-authority", f"has no authority id ({', '.join(AUTHORITIES)})")
