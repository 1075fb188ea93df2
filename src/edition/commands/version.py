"""`edition version`: the version and where the packaged stylesheets and schemas were found."""

from .. import __version__
from ..resources import data_dir

HELP = "print the version and the resource folders in use"


def add_arguments(parser):
    pass


def run(args) -> int:
    print(f"edition {__version__}")
    for name in ("xslt", "schema"):
        print(f"{name}: {data_dir(name)}")
    return 0
