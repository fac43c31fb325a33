"""The organisation's policy file: what it sets, and that a bad one gives plain problems and safe defaults."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from safetyapp.core.policy import FILE_NAME, Policy, load_policy, policy_file
from safetyapp.core.settings import Settings

FULL = {
    "organisation": "Ysgol Glan Môr",
    "dsl_name": "Ms Rhian Evans",
    "dsl_contact": "Room 12, or extension 2345",
    "default_reader": "staff",
    "notes_enabled": False,
    "language": "cy",
    "open_web_links": False,
}


def write(folder: Path, content: object) -> Path:
    path = folder / FILE_NAME
    path.write_text(content if isinstance(content, str) else json.dumps(content), encoding="utf-8")
    return path


def test_a_full_policy_is_read_and_locks_reader_and_language(tmp_path: Path) -> None:
    policy = load_policy(write(tmp_path, FULL), registry=False)
    assert policy.problems == ()
    assert (policy.organisation, policy.dsl_name, policy.dsl_contact) == (
        "Ysgol Glan Môr",
        "Ms Rhian Evans",
        "Room 12, or extension 2345",
    )
    assert not policy.notes_allowed and not policy.links_allowed
    assert policy.locks("reader") and policy.locks("language")
    applied = policy.apply(Settings(reader="young", language="pl", first_run=True))
    assert (applied.reader, applied.language, applied.first_run) == ("staff", "cy", False)


def test_no_policy_file_changes_nothing(tmp_path: Path) -> None:
    policy = load_policy(tmp_path / FILE_NAME, registry=False)
    assert policy == Policy() and policy.problems == ()
    assert policy.notes_allowed and policy.links_allowed and not policy.locks("language")
    settings = Settings(reader="young", language="pl")
    assert policy.apply(settings) == settings


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("{ not json", "not valid JSON (line 1)"),
        ("[1, 2]", "must hold one JSON object"),
        (b"\xff\xfe\x00garbage", "not UTF-8 text"),
        ("x" * 70_000, "larger than"),
    ],
)
def test_a_malformed_file_is_ignored_with_a_problem_naming_it(tmp_path: Path, content: object, expected: str) -> None:
    path = tmp_path / FILE_NAME
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(str(content), encoding="utf-8")
    policy = load_policy(path, registry=False)
    assert policy._replace(problems=()) == Policy()  # safe defaults: nothing locked, nothing turned off
    assert len(policy.problems) == 1
    assert str(path) in policy.problems[0] and expected in policy.problems[0]


def test_a_bad_value_drops_only_that_setting(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        {**FULL, "notes_enabled": "no", "language": "fr", "default_reader": "teacher", "colour": "red"},
    )
    policy = load_policy(path, registry=False)
    assert policy.notes_enabled is None and policy.notes_allowed  # not understood: My notes stays on
    assert policy.language is None and policy.default_reader is None
    assert policy.organisation == "Ysgol Glan Môr" and policy.open_web_links is False
    joined = "\n".join(policy.problems)
    for key in ("'notes_enabled': must be true or false", "'language': must be one of", "'colour': unknown setting"):
        assert key in joined
    assert all(str(path) in problem for problem in policy.problems)


def test_text_with_line_breaks_or_control_characters_is_refused(tmp_path: Path) -> None:
    policy = load_policy(write(tmp_path, {"dsl_name": "Ms Evans\u0007", "dsl_contact": "Room\n12"}), registry=False)
    assert policy.dsl_name is None
    assert policy.dsl_contact == "Room 12"  # spacing tidied to one line


def test_portable_mode_reads_the_policy_beside_the_program(tmp_path: Path) -> None:
    assert policy_file(portable=True, program=tmp_path) == tmp_path / FILE_NAME
    assert policy_file(portable=False).name == FILE_NAME
    assert policy_file(portable=False).parent != tmp_path


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=300),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=20), inner, max_size=4),
    max_leaves=12,
)
keys = st.sampled_from([*FULL, "other"])


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(keys, json_values, max_size=8))
def test_any_json_object_gives_a_valid_policy_and_names_the_file_for_each_problem(raw: dict[str, object]) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = write(Path(folder), raw)
        policy = load_policy(path, registry=False)
    assert policy.default_reader in (None, "young", "parent", "staff", "adult")
    assert policy.language in (None, "en-GB", "cy", "pl", "ur")
    assert policy.notes_enabled in (None, True, False) and policy.open_web_links in (None, True, False)
    for text in (policy.organisation, policy.dsl_name, policy.dsl_contact):
        assert text is None or (0 < len(text) <= 200 and "\n" not in text)
    assert all(str(path) in problem for problem in policy.problems)
    assert len(policy.problems) <= len(raw)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2000))
def test_any_bytes_never_crash_and_a_problem_names_the_file(data: bytes) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / FILE_NAME
        path.write_bytes(data)
        policy = load_policy(path, registry=False)
    assert all(str(path) in problem for problem in policy.problems)


def test_a_folder_of_advice_updates_must_be_a_full_path(tmp_path: Path) -> None:
    for folder, kept in (("/srv/share/SafetyCompanion", True), (r"\\server\share\packs", True), ("packs", False)):
        policy = load_policy(write(tmp_path, {"content_pack_folder": folder}), registry=False)
        assert (policy.content_pack_folder == folder) is kept
        assert bool(policy.problems) is not kept
