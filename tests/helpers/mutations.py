"""Damage to a file's bytes, drawn by Hypothesis: flipped bits, cuts, inserted, deleted or zeroed bytes."""

from __future__ import annotations

from hypothesis import strategies as st

mutation = st.one_of(
    st.tuples(st.just("flip"), st.integers(0, 10**6), st.integers(1, 255)),
    st.tuples(st.just("truncate"), st.integers(0, 10**6), st.just(0)),
    st.tuples(st.just("insert"), st.integers(0, 10**6), st.integers(0, 255)),
    st.tuples(st.just("delete"), st.integers(0, 10**6), st.integers(1, 64)),
    st.tuples(st.just("zero"), st.integers(0, 10**6), st.integers(1, 512)),
)


def mutate(data: bytes, steps: list[tuple[str, int, int]]) -> bytes:
    """`data` with each step of damage done to it in turn."""
    out = bytearray(data)
    for kind, where, value in steps:
        at = where % (len(out) + 1)
        if kind == "flip" and at < len(out):
            out[at] ^= value
        elif kind == "truncate":
            del out[at:]
        elif kind == "insert":
            out[at:at] = bytes([value])
        elif kind == "delete":
            del out[at : at + value]
        elif kind == "zero":
            out[at : at + value] = bytes(len(out[at : at + value]))
    return bytes(out)
