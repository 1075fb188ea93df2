"""Findings and their three output forms: compiler lines, JSON, GitHub Actions annotations."""

import json
from dataclasses import asdict, dataclass

from ..printable import escaped, line

# A message quotes the offending value; a 1 MB attribute must not make a 1 MB line in a CI log.
MAX_MESSAGE = 400

@dataclass(frozen=True, order=True)
class Finding:
    # Field order is the sort order: by file, then position, then rule.
    path: str
    line: int
    col: int
    rule: str
    message: str
    severity: str = "error"  # or "warning"

    def __post_init__(self):
        # a file name or a quoted value must not break the line (or start a CI command) in any format
        object.__setattr__(self, "path", line(self.path))
        object.__setattr__(self, "message", escaped(self.message))
        if len(self.message) > MAX_MESSAGE:
            short = f"{self.message[:MAX_MESSAGE - 60]}… (message shortened from {len(self.message):,} characters)"
            object.__setattr__(self, "message", short)


def summary(findings: list[Finding], files: int) -> str:
    errors = sum(f.severity == "error" for f in findings)
    warnings = len(findings) - errors
    if not findings:
        return f"{files} file{'s' * (files != 1)} valid"
    return f"{errors} error{'s' * (errors != 1)}, {warnings} warning{'s' * (warnings != 1)} in {files} file{'s' * (files != 1)}"


def as_text(findings: list[Finding], files: int) -> str:
    lines = [f"{f.path}:{f.line}:{f.col}: {f.severity}: {f.message} [{f.rule}]" for f in sorted(findings)]
    return "\n".join(lines + [summary(findings, files)]) + "\n"


def as_json(findings: list[Finding], files: int) -> str:
    doc = {"findings": [asdict(f) for f in sorted(findings)], "files": files,
           "errors": sum(f.severity == "error" for f in findings),
           "warnings": sum(f.severity == "warning" for f in findings),
           "summary": summary(findings, files)}
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _escape(text: str, is_property: bool = False) -> str:
    # GitHub's workflow-command escaping: % CR LF always, and : , inside properties.
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return text.replace(":", "%3A").replace(",", "%2C") if is_property else text


def as_github(findings: list[Finding], files: int) -> str:
    lines = [f"::{f.severity} file={_escape(f.path, True)},line={f.line},col={f.col},"
             f"title={_escape(f.rule, True)}::{_escape(f.message)} [{f.rule}]" for f in sorted(findings)]
    return "\n".join(lines + [summary(findings, files)]) + "\n"


FORMATS = {"text": as_text, "json": as_json, "github": as_github}
