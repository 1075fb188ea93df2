"""The exceptions every command turns into one clear stderr line and an exit code.

Exit codes are part of the command line's contract with other projects' CI:
0 success, 1 findings (the input has problems), 2 usage or environment error.
"""

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2


class EditionError(Exception):
    """A problem the user can act on; `str()` is the whole message, ideally `path:line:col: ...`,
    on one line whatever file name or value it quotes (edition.printable)."""

    exit_code = EXIT_USAGE

    def __str__(self) -> str:
        from .printable import line

        return line(super().__str__())


class InputError(EditionError):
    """The input file is unusable (missing, not UTF-8, not well-formed, hostile)."""

    exit_code = EXIT_FINDINGS
