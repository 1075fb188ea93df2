"""Find the stylesheets and schemas whether running from a checkout or from an installed wheel.

The design card puts `xslt/` and `schema/` at the top of the repository; the wheel carries
copies under `edition/_data/` (pyproject's force-include). This is the one lookup that knows
both places: the packaged copy wins, and a checkout (editable install, tests) falls back to
the top-level folders next to `src/`.
"""

from importlib import resources
from pathlib import Path

from .errors import EditionError

_CHECKOUT_ROOT = Path(__file__).resolve().parents[2]


def data_dir(name: str) -> Path:
    """Return the folder `xslt`, `schema` or `docs` as a real path."""
    packaged = resources.files("edition").joinpath("_data", name)
    if packaged.is_dir():
        return Path(str(packaged))
    local = _CHECKOUT_ROOT / name
    if local.is_dir():
        return local
    raise EditionError(f"edition: cannot find the '{name}' folder (looked in the package and in {local})")


def data_file(name: str, filename: str) -> Path:
    path = data_dir(name) / filename
    if not path.is_file():
        raise EditionError(f"edition: missing resource {path}")
    return path
