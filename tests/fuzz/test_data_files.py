"""Property tests over every parser that reads a file the app ships or keeps: the contacts, advice pages and
their points, the wizard flow and its translations, the languages list, the translated contact words, the
settings and the policy. Random and mutated files (real files with bytes flipped, lines dropped, doubled
or swapped, random text put in) never crash, never hang, never change the file, and either load or give
an error or problem that names the file. (The notes store and its backups: tests/vault/test_fuzz.py and
test_mutated_backups below.)

SAFETYAPP_FUZZ_EXAMPLES=N runs N examples per parser instead of 120 (the README's long mode)."""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from safetyapp.core.contacts import apply_contact_text, load_contacts
from safetyapp.core.content import load_points, parse_page
from safetyapp.core.errors import DataFileError
from safetyapp.core.languages import load_languages
from safetyapp.core.policy import load_policy
from safetyapp.core.settings import Settings, load_settings
from safetyapp.core.wizard.loader import flow_file, load_flow
from safetyapp.core.wizard.model import FlowError
from tests.conftest import ROOT

RESOURCES = ROOT / "resources"
EXAMPLES = int(os.environ.get("SAFETYAPP_FUZZ_EXAMPLES", "120"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=dt.timedelta(seconds=2),  # a parser that hangs fails here
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
CONTACTS = load_contacts(RESOURCES / "contacts.toml")
POINTS = load_points(RESOURCES / "content" / "points.toml")


def must_name(path: Path, message: str) -> None:
    assert str(path) in message or path.name in message, f"the message does not name the file: {message}"


def expect_error(load: Callable[[Path], object], errors: tuple[type[Exception], ...]) -> Callable[[Path], None]:
    """A parser that raises: it loads, or raises one of `errors` naming the file."""

    def check(path: Path) -> None:
        try:
            load(path)
        except errors as error:
            must_name(path, str(error))

    return check


def check_settings(path: Path) -> None:
    loaded, problem = load_settings(path.parent)
    if problem is not None:
        assert loaded == Settings()  # defaults, never half a file
        must_name(path, problem)


def check_languages(path: Path) -> None:
    languages, problems = load_languages(path)
    assert set(languages) == {"en-GB", "cy", "pl", "ur"}
    assert all(language.direction in ("ltr", "rtl") for language in languages.values())
    for problem in problems:
        must_name(path, problem)


def check_policy(path: Path) -> None:
    policy = load_policy(path, registry=False)
    for problem in policy.problems:
        must_name(path, problem)


def check_contact_text(path: Path) -> None:
    try:
        translated = apply_contact_text(CONTACTS, path)
    except DataFileError as error:
        must_name(path, str(error))
        return
    for contact_id, contact in translated.items():  # words may change; numbers and addresses never
        original = CONTACTS[contact_id]
        assert (contact.phone, contact.text, contact.email, contact.web) == (
            original.phone,
            original.text,
            original.email,
            original.web,
        )


def check_overlay(path: Path) -> None:
    try:
        load_flow(flow_file(RESOURCES), path, contact_ids=set(CONTACTS))
    except FlowError as error:
        must_name(path, str(error))


@dataclass(frozen=True)
class Parser:
    name: str
    file_name: str
    sample: bytes
    check: Callable[[Path], None]


def _sample(relative: str, fallback: str = "") -> bytes:
    path = RESOURCES / relative
    return path.read_bytes() if path.is_file() else fallback.encode()


PARSERS = [
    Parser("contacts", "contacts.toml", _sample("contacts.toml"), expect_error(load_contacts, (DataFileError,))),
    Parser(
        "advice page",
        "young-what-to-do-now.md",
        _sample("content/en-GB/young-what-to-do-now.md"),
        expect_error(lambda p: parse_page(p, contacts=CONTACTS, points=POINTS), (DataFileError,)),
    ),
    Parser("advice points", "points.toml", _sample("content/points.toml"), expect_error(load_points, (DataFileError,))),
    Parser(
        "wizard flow",
        "flow.toml",
        _sample("wizard/flow.toml"),
        expect_error(lambda p: load_flow(p, None, contact_ids=set(CONTACTS)), (FlowError,)),
    ),
    Parser(
        "wizard translation",
        "cy.toml",
        _sample("wizard/cy.toml", '"urgent.title" = "Mewn perygl?"\n"urgent.text" = "Ffoniwch nawr."\n'),
        check_overlay,
    ),
    Parser("languages", "languages.toml", _sample("languages.toml"), check_languages),
    Parser(
        "contact words",
        "pl.toml",
        _sample(
            "contact-text/pl.toml",
            '[childline]\nname = "Childline"\npurpose = "Rozmowa"\nages = "Do 19 lat"\nhours = "Zawsze"\n',
        ),
        check_contact_text,
    ),
    Parser(
        "settings",
        "settings.json",
        b'{"audience": "parent", "text_scale": 150, "theme": "dark", "language": "cy", "first_run": false}',
        check_settings,
    ),
    Parser(
        "policy",
        "policy.json",
        '{"organisation": "Ysgol Glan Môr", "dsl_name": "Ms Evans", "default_reader": "staff", '
        '"notes_enabled": false, "language": "cy", "open_web_links": false}'.encode(),
        check_policy,
    ),
]


def mutate(data: bytes, steps: list[tuple[str, int, int, bytes]]) -> bytes:
    lines = data.splitlines(keepends=True)
    out = bytearray(data)
    for kind, where, amount, junk in steps:
        if kind in ("drop-line", "double-line", "swap-lines", "replace-line") and lines:
            i, j = where % len(lines), (where + amount) % len(lines)
            if kind == "drop-line":
                del lines[i]
            elif kind == "double-line":
                lines.insert(i, lines[i])
            elif kind == "swap-lines":
                lines[i], lines[j] = lines[j], lines[i]
            else:
                lines[i] = junk + b"\n"
            out = bytearray(b"".join(lines))
            continue
        at = where % (len(out) + 1)
        if kind == "flip" and at < len(out):
            out[at] ^= amount % 255 + 1
        elif kind == "truncate":
            del out[at:]
        elif kind == "insert":
            out[at:at] = junk
        elif kind == "delete":
            del out[at : at + amount]
        lines = bytes(out).splitlines(keepends=True)
    return bytes(out)


junk = st.one_of(
    st.binary(max_size=40),
    st.text(max_size=40).map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.sampled_from([b"[", b"]]", b'"', b"+++", b"= =", b"\x00", b"{{contact:nobody}}", b"\xef\xbb\xbf", b"\\u"]),
)
steps = st.lists(
    st.tuples(
        st.sampled_from(
            ["flip", "truncate", "insert", "delete", "drop-line", "double-line", "swap-lines", "replace-line"]
        ),
        st.integers(0, 10**6),
        st.integers(1, 64),
        junk,
    ),
    min_size=1,
    max_size=5,
)


def run(parser: Parser, data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / parser.file_name
        path.write_bytes(data)
        parser.check(path)
        assert path.read_bytes() == data, "reading the file changed it"
        assert sorted(p.name for p in Path(folder).iterdir()) == [parser.file_name], "the parser wrote a file"


def test_each_sample_loads_cleanly() -> None:
    """The unmutated files are good: so every problem found below comes from the mutation."""
    for parser in PARSERS:
        run(parser, parser.sample)


@pytest.mark.parametrize("parser", PARSERS, ids=[p.name for p in PARSERS])
@FUZZ
@given(steps=steps)
def test_mutated_files_load_or_give_a_clear_error_naming_the_file(
    parser: Parser, steps: list[tuple[str, int, int, bytes]]
) -> None:
    run(parser, mutate(parser.sample, steps))


@pytest.mark.parametrize("parser", PARSERS, ids=[p.name for p in PARSERS])
@FUZZ
@given(data=st.binary(max_size=1500) | st.text(max_size=1500).map(lambda t: t.encode("utf-8", "surrogatepass")))
def test_random_files_load_or_give_a_clear_error_naming_the_file(parser: Parser, data: bytes) -> None:
    run(parser, data)
