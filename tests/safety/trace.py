"""Run a command under strace, and read what it did: network calls (by address family) and files it
created or opened for writing.

strace follows every thread and child (-f), prints the path behind each file descriptor (-y), and
with --seccomp-bpf stops the process only at the calls traced, so the session runs at nearly full
speed. Calls that may not exist on an architecture (open, mkdir, rename...) are marked "?".
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

FILE_CALLS = "?open,openat,?openat2,?creat,?mkdir,mkdirat,?rename,renameat,?renameat2,?link,linkat,?symlink,symlinkat"
NETWORK_CALLS = frozenset(
    {
        "socket",
        "socketpair",
        "bind",
        "listen",
        "accept",
        "accept4",
        "connect",
        "getsockname",
        "getpeername",
        "sendto",
        "recvfrom",
        "sendmsg",
        "recvmsg",
        "sendmmsg",
        "recvmmsg",
        "setsockopt",
        "getsockopt",
        "shutdown",
    }
)
_LINE = re.compile(r"^(?P<pid>\d+)\s+(?P<name>\w+)\((?P<rest>.*)$")
_RESUMED = re.compile(r"^(?P<pid>\d+)\s+<\.\.\. (?P<name>\w+) resumed>(?P<rest>.*)$")
_RESULT = re.compile(r"\)\s+=\s+(?P<ret>-?\d+|\?)(?P<fd_path><[^>]*>)?")
_QUOTED = re.compile(r'"((?:[^"\\]|\\.)*)"')
_DIRFD = re.compile(r"^(?:AT_FDCWD|\d+)<(?P<dir>[^>]*)>")
_INTERNET = re.compile(r"\bAF_INET6?\b")
_FAMILY = re.compile(r"\b(AF_[A-Z0-9]+)\b")
_WRITE_FLAGS = re.compile(r"\bO_(?:WRONLY|RDWR|CREAT|TRUNC|APPEND)\b")


def strace_command(strace: str, output: Path) -> list[str]:
    return [
        strace,
        "-f",
        "--seccomp-bpf",
        "-qq",
        "-y",
        "-e",
        "signal=none",
        "-e",
        f"trace=%network,{FILE_CALLS}",
        "-o",
        str(output),
    ]


@dataclass
class Trace:
    network_calls: int = 0
    internet_calls: list[str] = field(default_factory=list)  # the lines, to say what happened
    families: Counter[str] = field(default_factory=Counter)
    written: set[Path] = field(default_factory=set)

    def add(self, other: Trace) -> None:
        self.network_calls += other.network_calls
        self.internet_calls += other.internet_calls
        self.families.update(other.families)
        self.written |= other.written


def _unescape(text: str) -> str:
    return (
        text.encode("latin-1", "backslashreplace").decode("unicode_escape").encode("latin-1").decode("utf-8", "replace")
    )


def _resolve(dirfd_arg: str, path: str) -> Path:
    if path.startswith("/"):
        return Path(path)
    match = _DIRFD.match(dirfd_arg.strip())
    return Path(match.group("dir")) / path if match else Path("?") / path


def _written(name: str, args: str, ret: str, fd_path: str | None) -> list[Path]:
    """The paths a successful call created or opened for writing."""
    if ret == "?" or int(ret) < 0:
        return []
    quoted = [_unescape(q) for q in _QUOTED.findall(args)]
    if name in ("open", "openat", "openat2", "creat"):
        if name != "creat" and not _WRITE_FLAGS.search(args):
            return []
        if fd_path:
            return [Path(fd_path[1:-1])]
        return [_resolve(args.split(",", 1)[0], quoted[0])] if quoted else []
    if not quoted:
        return []
    if name in ("mkdir", "rename", "link", "symlink"):
        return [Path(quoted[-1])] if quoted[-1].startswith("/") else [Path("?") / quoted[-1]]
    # mkdirat(dirfd, path), renameat(olddirfd, old, newdirfd, new), linkat(...), symlinkat(target, newdirfd, new)
    parts = [p.strip() for p in _QUOTED.sub("Q", args).split(",")]
    dirfds = [p for p in parts if _DIRFD.match(p)]
    return [_resolve(dirfds[-1] if dirfds else "", quoted[-1])]


def read_trace(path: Path) -> Trace:
    trace = Trace()
    pending: dict[str, str] = {}  # pid -> the start of its unfinished call
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if _INTERNET.search(line):  # anywhere at all: a socket, an address, a message header
            trace.internet_calls.append(line)
        resumed = _RESUMED.match(line)
        if resumed:  # the end of a call already counted when it started
            name = resumed.group("name")
            args = pending.pop(resumed.group("pid"), "") + resumed.group("rest")
        else:
            match = _LINE.match(line)
            if not match:
                continue
            name, args = match.group("name"), match.group("rest")
            if name in NETWORK_CALLS:
                trace.network_calls += 1
                trace.families.update(set(_FAMILY.findall(args)))
            if args.endswith("<unfinished ...>"):
                pending[match.group("pid")] = args[: -len("<unfinished ...>")]
                continue
        if name in NETWORK_CALLS:
            continue
        result = _RESULT.search(args)
        if result:
            arguments = args[: result.start() + 1]
            trace.written.update(_written(name, arguments, result.group("ret"), result.group("fd_path")))
    return trace
