"""What the process does for itself at start, before anything is typed: on Linux, no core dumps.

A core dump is a copy of the process's memory written to disk when it crashes; it could hold note
text, a passphrase or a key. `prctl(PR_SET_DUMPABLE, 0)` stops the kernel writing one (and stops other
programs of the same user reading this one's memory through /proc or attaching a debugger), and a
core size limit of 0 (soft and hard, so it cannot be raised again) covers systems that hand dumps to
a helper. Neither needs any privilege. Elsewhere this does nothing: see docs/security.md.
"""

from __future__ import annotations

import contextlib
import sys

PR_SET_DUMPABLE = 4
PR_GET_DUMPABLE = 3


def no_core_dumps() -> bool:
    """True if core dumps are now off (always False off Linux, where this does nothing)."""
    if not sys.platform.startswith("linux"):
        return False
    import ctypes
    import resource

    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)
        dumpable = libc.prctl(PR_GET_DUMPABLE, 0, 0, 0, 0)
    except (OSError, AttributeError):
        return False
    return dumpable == 0 and resource.getrlimit(resource.RLIMIT_CORE) == (0, 0)
