"""The one error type for a data file the app cannot use: it names the file and, where known, the line."""

from __future__ import annotations

from pathlib import Path


class DataFileError(Exception):
    def __init__(self, path: Path, problem: str, line: int | None = None) -> None:
        self.path = Path(path)
        self.problem = problem
        self.line = line
        where = f"{self.path}:{line}" if line else str(self.path)
        super().__init__(f"{where}: {problem}")


def toml_error_line(message: str) -> int | None:
    """tomllib reports '(at line N, column M)'; return N."""
    import re

    found = re.search(r"at line (\d+)", message)
    return int(found.group(1)) if found else None
