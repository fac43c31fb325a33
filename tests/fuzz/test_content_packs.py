"""Property tests over the content pack reader (core/content_pack.py): a real signed pack with bytes
flipped, cut short or padded, and zips of random entries, never crash, never hang and never write
anything: each is read or refused with a PackError. A changed pack is never accepted as signed.

SAFETYAPP_FUZZ_EXAMPLES=N runs N examples instead of 120 (the README's long mode)."""

from __future__ import annotations

import datetime as dt
import functools
import io
import os
import tempfile
import zipfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from safetyapp.core.content_pack import PackError, read_pack
from tests.helpers.content_packs import SigningKey, make_pack

EXAMPLES = int(os.environ.get("SAFETYAPP_FUZZ_EXAMPLES", "120"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=dt.timedelta(seconds=5),  # a reader that hangs fails here
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
KEY = SigningKey.make()


@functools.cache
def good_pack() -> bytes:
    with tempfile.TemporaryDirectory() as folder:
        return make_pack(Path(folder), KEY).read_bytes()


def read_or_refuse(data: bytes) -> bool:
    """True if read as a good pack; False if refused with a PackError; anything else fails the test."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzzed.scpack"
        path.write_bytes(data)
        try:
            read_pack(path, KEY.trusted())
        except PackError:
            return False
        finally:
            assert [p.name for p in Path(folder).iterdir()] == ["fuzzed.scpack"]  # nothing written
    return True


@FUZZ
@given(st.data())
def test_flipped_bytes_are_refused_or_harmless(data: st.DataObject) -> None:
    changed = bytearray(good_pack())
    for _ in range(data.draw(st.integers(1, 8))):
        at = data.draw(st.integers(0, len(changed) - 1))
        changed[at] ^= data.draw(st.integers(1, 255))
    if read_or_refuse(bytes(changed)):
        # Only bytes no content depends on can change and still read (a zip's own bookkeeping, such as
        # timestamps); the signed content is the same.
        with zipfile.ZipFile(io.BytesIO(bytes(changed))) as archive, zipfile.ZipFile(io.BytesIO(good_pack())) as good:
            assert {i.filename: archive.read(i) for i in archive.infolist()} == {
                i.filename: good.read(i) for i in good.infolist()
            }


@FUZZ
@given(st.integers(0, 10_000), st.binary(max_size=200))
def test_cut_or_padded_packs_are_refused_or_harmless(cut: int, tail: bytes) -> None:
    pack = good_pack()
    read_or_refuse(pack[: len(pack) - cut] + tail)


@FUZZ
@given(
    st.lists(
        st.tuples(st.text(min_size=1, max_size=40), st.binary(max_size=300)),
        max_size=12,
        unique_by=lambda entry: entry[0],
    )
)
def test_zips_of_random_entries_are_refused(entries: list[tuple[str, bytes]]) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in entries:
            try:
                archive.writestr(name, content)
            except (ValueError, UnicodeEncodeError, IndexError):  # names zipfile itself cannot write
                continue
    assert not read_or_refuse(buffer.getvalue())
