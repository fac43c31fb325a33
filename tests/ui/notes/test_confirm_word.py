"""The word that confirms "Delete everything" can be typed on any keyboard: in every language it is
accepted as written or without its accents (the Polish USUŃ as USUN, on a UK keyboard)."""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from safetyapp.ui.notes.options_panel import confirm_word_typed, without_accents

I18N = Path(__file__).resolve().parents[3] / "i18n"


def confirm_words() -> dict[str, str]:
    """Each language's translation of the confirm word."""
    words = {}
    for ts in sorted(I18N.glob("safetyapp_*.ts")):
        for message in ElementTree.parse(ts).getroot().iter("message"):
            if message.findtext("source") == "DELETE":
                words[ts.stem.removeprefix("safetyapp_")] = message.findtext("translation") or "DELETE"
    return words


def test_the_polish_word_is_accepted_without_its_accent(qapp: QApplication) -> None:
    assert confirm_words()["pl"] == "USUŃ"
    assert confirm_word_typed("USUN", "USUŃ")
    assert confirm_word_typed(" USUŃ ", "USUŃ")
    assert not confirm_word_typed("usun", "USUŃ")
    assert not confirm_word_typed("USU", "USUŃ")
    assert confirm_word_typed("DELETE", "DELETE") and not confirm_word_typed("DELET", "DELETE")


@pytest.mark.parametrize("language", ["cy", "pl", "ur"])
def test_every_languages_word_can_be_typed_on_a_uk_keyboard(qapp: QApplication, language: str) -> None:
    word = confirm_words()[language]
    assert without_accents(word).isascii(), word
    assert confirm_word_typed(without_accents(word), word)
