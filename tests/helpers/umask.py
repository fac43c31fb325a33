"""Running a test under a chosen umask (the file-mode tests run under 022 and 000)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def umask(value: int) -> Iterator[None]:
    old = os.umask(value)
    try:
        yield
    finally:
        os.umask(old)


def mode(path: os.PathLike[str] | str) -> int:
    return os.stat(path).st_mode & 0o777
