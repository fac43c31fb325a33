"""Weak passphrases are refused by the rule and by the store itself; "Suggest one for me" gives a strong one."""

from __future__ import annotations

from pathlib import Path

import pytest

from safetyapp.vault import passphrase_rules
from safetyapp.vault.passphrase_rules import TOO_GUESSABLE, TOO_SHORT, WeakPassphrase
from safetyapp.vault.store import Vault
from tests.vault.conftest import PASSPHRASE, TEST_PARAMS, Template

# The review's examples, and the same kind made long enough.
SHORT = ["", "x", "password", "iloveyou", "qwertyui", "12345678", "Tr0ub4dor"]
GUESSABLE = ["password12", "qwertyuiop", "1234567890", "iloveyou12", "aaaaaaaaaaaa", "safetycompanion", "mynotes123"]


@pytest.mark.parametrize("weak", SHORT)
def test_shorter_than_ten_characters_is_refused(weak: str) -> None:
    assert passphrase_rules.problem(weak) == TOO_SHORT


@pytest.mark.parametrize("weak", GUESSABLE)
def test_easy_to_guess_is_refused_however_long(weak: str) -> None:
    assert len(weak) >= passphrase_rules.MIN_LENGTH
    assert passphrase_rules.problem(weak) == TOO_GUESSABLE


@pytest.mark.parametrize("strong", [PASSPHRASE, "seven quiet ladders", "purple teapot river 42"])
def test_a_few_unrelated_words_pass(strong: str) -> None:
    assert passphrase_rules.problem(strong) is None


def test_a_very_long_passphrase_is_rated_by_its_beginning_without_failing() -> None:
    assert passphrase_rules.problem("seven quiet ladders " * 50) is None


def test_the_store_refuses_a_weak_passphrase_and_writes_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "notes"
    for weak in ("password", "password12"):
        with pytest.raises(WeakPassphrase):
            Vault.create(folder / "store.scv", weak, kdf_params=TEST_PARAMS)
    assert not folder.exists() or not any(folder.iterdir())


def test_changing_or_resetting_to_a_weak_passphrase_is_refused(opened: Vault, template: Template) -> None:
    with pytest.raises(WeakPassphrase):
        opened.reset_passphrase_with_recovery(template.recovery_code, "iloveyou12")
    opened.unlock_with_recovery(template.recovery_code)
    with pytest.raises(WeakPassphrase) as caught:
        opened.change_passphrase("qwertyui")
    assert caught.value.code == TOO_SHORT
    opened.close()
    with Vault.open(opened.path) as vault:
        vault.unlock_with_passphrase(template.passphrase)  # still the old one


def test_a_suggestion_is_five_words_from_the_eff_list_and_passes_the_rule() -> None:
    words = set(passphrase_rules.word_list())
    assert 7700 < len(words) <= 7776  # the EFF large word list, less a few hurtful words
    suggestions = {passphrase_rules.suggest() for _ in range(20)}
    assert len(suggestions) == 20  # random each time
    for suggestion in suggestions:
        parts = suggestion.split(" ")
        assert len(parts) == passphrase_rules.SUGGESTED_WORDS and set(parts) <= words
        assert passphrase_rules.problem(suggestion) is None


def test_no_suggested_word_could_hurt_someone_being_blackmailed() -> None:
    words = set(passphrase_rules.word_list())
    assert not words & {"expose", "extortion", "undress", "revenge", "shame", "photo", "video", "seduce", "threaten"}
    assert {"abacus", "kettle", "ladder"} <= words
