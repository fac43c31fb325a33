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


def read_toml(path: Path) -> tuple[str, dict[str, object]]:
    """A TOML data file's text and its data; DataFileError (with the line, where TOML says it) if it cannot
    be read or parsed."""
    import tomllib

    try:
        text = path.read_text(encoding="utf-8")
        return text, tomllib.loads(text)
    except (OSError, UnicodeDecodeError) as error:
        raise DataFileError(path, f"cannot be read ({error.__class__.__name__})") from error
    except tomllib.TOMLDecodeError as error:
        raise DataFileError(path, f"is not valid TOML: {error}", toml_error_line(str(error))) from error
