"""Recovery codes: printable, forgiving to type, and a typo is caught before any cryptography."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from safetyapp.vault import recovery

CODE = re.compile(r"([0-9A-HJKMNP-TV-Z]{5}-){6}[0-9A-HJKMNP-TV-Z]{5}")


def test_a_code_is_seven_groups_of_five_printable_characters() -> None:
    code = recovery.generate()
    assert CODE.fullmatch(code), code
    assert recovery.is_valid(code)
    assert recovery.RANDOM_BITS >= 128
    assert len(recovery.to_key_material(code)) == 18


def test_codes_are_different_every_time() -> None:
    codes = {recovery.generate() for _ in range(500)}
    assert len(codes) == 500
    materials = {recovery.to_key_material(c) for c in codes}
    assert len(materials) == 500


def test_typing_is_forgiving() -> None:
    code = recovery.generate()
    variants = [
        code.lower(),
        code.replace("-", ""),
        code.replace("-", " "),
        "  " + code.replace("-", " - ").lower() + "\n",
        code.replace("-", "\u2013"),  # en dash from a word processor
        code.replace("0", "O").replace("1", "I"),
        code.replace("1", "l"),
        code.translate({ord(c): ord(c) + 0xFEE0 for c in "ABCDEFGHJKMNPQRSTVWXYZ0123456789"}),  # full-width
    ]
    for typed in variants:
        assert recovery.is_valid(typed), typed
        assert recovery.normalise(typed) == code
        assert recovery.to_key_material(typed) == recovery.to_key_material(code)


def test_every_single_wrong_character_is_caught_and_its_group_named() -> None:
    code = recovery.generate()
    plain = code.replace("-", "")
    for i, original in enumerate(plain):
        for ch in recovery.ALPHABET:
            if ch == original:
                continue
            typo = plain[:i] + ch + plain[i + 1 :]
            assert not recovery.is_valid(typo)
            assert recovery.find_problem(typo) == recovery.CHECK_FAILED
            assert recovery.bad_groups(typo) == (i // 5,)


def test_every_swap_of_neighbours_within_a_group_is_caught() -> None:
    for _ in range(20):
        plain = recovery.generate().replace("-", "")
        for i in range(len(plain) - 1):
            if i % 5 == 4 or plain[i] == plain[i + 1]:
                continue
            swapped = plain[:i] + plain[i + 1] + plain[i] + plain[i + 2 :]
            assert not recovery.is_valid(swapped)


def test_groups_in_the_wrong_order_are_caught() -> None:
    groups = recovery.generate().split("-")
    groups[2], groups[3] = groups[3], groups[2]
    assert not recovery.is_valid("-".join(groups))
    assert set(recovery.bad_groups("-".join(groups))) == {2, 3}


@pytest.mark.parametrize(
    ("typed", "problem"),
    [
        ("", recovery.EMPTY),
        ("  - - ", recovery.EMPTY),
        ("ABCDE-FGHJK", recovery.TOO_SHORT),
        ("U" * 35, recovery.BAD_CHARACTER),
        ("ABCD*", recovery.BAD_CHARACTER),
    ],
)
def test_problems_have_their_own_codes(typed: str, problem: str) -> None:
    assert recovery.find_problem(typed) == problem
    assert not recovery.is_valid(typed)
    with pytest.raises(ValueError):
        recovery.to_key_material(typed)


def test_one_character_too_many_is_too_long() -> None:
    assert recovery.find_problem(recovery.generate() + "7") == recovery.TOO_LONG


@settings(max_examples=300)
@given(st.text() | st.text(alphabet=st.characters(categories=["Mn", "Sk", "Zs", "Lu", "Ll", "Pd", "Nd"])))
@example("R\u00b8")  # NFKC gives R + space + combining cedilla; without the space it composes further
def test_normalising_never_fails_and_is_idempotent(text: str) -> None:
    once = recovery.normalise(text)
    assert recovery.normalise(once) == once
    assert recovery.is_valid(once) == recovery.is_valid(text)


def test_a_group_is_checked_on_its_own_as_forgivingly_as_a_whole_code() -> None:
    code = recovery.generate()
    groups = code.split("-")
    for number, group in enumerate(groups, 1):
        assert recovery.group_matches(code, number, group)
        assert recovery.group_matches(code, number, f" {group.lower()} ")
        assert recovery.group_matches(code, number, group.replace("0", "O").replace("1", "l"))
    assert not recovery.group_matches(code, 2, groups[0]) or groups[0] == groups[1]
    assert not recovery.group_matches(code, 1, groups[0][:-1])
    assert not recovery.group_matches(code, 1, groups[0] + groups[1])
    with pytest.raises(ValueError):
        recovery.group_matches(code, recovery.GROUPS + 1, groups[0])
