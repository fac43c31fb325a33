"""My notes says what "passphrase", "keyring" and "case" mean where each first appears on screen, in
every language."""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from safetyapp.ui.notes import NotesPage
from safetyapp.vault.store import Vault
from tests.ui.notes.support import NOW, PASSPHRASE, TEST_PARAMS, Harness, unlock, wait_for

I18N = Path(__file__).resolve().parents[3] / "i18n"


def labels_in_reading_order(view: QWidget) -> list[str]:
    shown = [label for label in view.findChildren(QLabel) if label.isVisibleTo(view) and label.text().strip()]
    shown.sort(
        key=lambda label: (label.mapTo(view, label.rect().topLeft()).y(), label.mapTo(view, label.rect().topLeft()).x())
    )
    return [label.text() for label in shown]


def first_mention(texts: list[str], word: str) -> str:
    return next(text for text in texts if re.search(rf"\b{word}\b", text, re.IGNORECASE))


def test_set_up_says_what_a_passphrase_and_the_keyring_are_where_it_first_names_them(
    make_page: Callable[..., NotesPage], qtbot: QtBot
) -> None:
    page = make_page()
    assert page.state == "setup"
    qtbot.waitUntil(lambda: page.setup_view.keyring.box.isEnabled())  # the keyring has answered
    page.setup_view.keyring.box.setChecked(True)  # the keyring is named only where it matters
    texts = labels_in_reading_order(page.setup_view)
    assert "a password made of a few words" in first_mention(texts, "passphrase")
    named = [text for text in texts if re.search(r"\bkeyring\b", text, re.IGNORECASE)]
    assert not named or "the safe place where it keeps saved passwords" in named[0]  # unexplained, never
    # "What is this?" beside "Unlock automatically" names the keyring, and says what it is right there.
    qtbot.mouseClick(page.setup_view.keyring.more_button, Qt.MouseButton.LeftButton)
    texts = labels_in_reading_order(page.setup_view)
    assert "the safe place where it keeps saved passwords" in first_mention(texts, "keyring")


def test_an_empty_notes_page_says_what_a_case_is(
    make_page: Callable[..., NotesPage], harness: Harness, qtbot: QtBot
) -> None:
    Vault.create(harness.store_path, PASSPHRASE, kdf_params=TEST_PARAMS, now=lambda: NOW)[0].close()
    page = make_page()
    wait_for(qtbot, page, "locked")
    unlock(qtbot, page)
    texts = labels_in_reading_order(page)
    assert "A case is one thing that happened" in first_mention(texts, "case")


EXPLAINED = {
    "Your notes are locked with a passphrase:": {
        "cy": "cyfrinair wedi'i wneud o ychydig eiriau",
        "pl": "kilkoma słowami, które razem działają jak klucz",
        "ur": "کچھ الفاظ سے بنا پاس ورڈ",
    },
    "Then you won't need to type your passphrase on this computer: its keyring,": {
        "cy": "y lle diogel lle mae'n cadw cyfrineiriau",
        "pl": "bezpieczne miejsce, w którym komputer przechowuje zapisane dane logowania",
        "ur": "وہ محفوظ جگہ جہاں کمپیوٹر محفوظ کیے گئے پاس ورڈ رکھتا ہے",
    },
    "Press New case to start. A case is": {
        "cy": "Mae achos yn un peth a ddigwyddodd",
        "pl": "Sprawa to jedna rzecz, która się wydarzyła",
        "ur": "ایک کیس کا مطلب ہے ایک واقعہ جو ہوا",
    },
}


@pytest.mark.parametrize("language", ["cy", "pl", "ur"])
def test_the_translations_explain_the_same_words(language: str) -> None:
    text = (I18N / f"safetyapp_{language}.ts").read_text(encoding="utf-8")
    for source, translations in EXPLAINED.items():
        escaped = html.escape(source, quote=False).replace("'", "&apos;")
        found = re.search(rf"<source>{re.escape(escaped)}.*?</source>\s*<translation>(.*?)</translation>", text, re.S)
        assert found is not None, f"{language}: {source} is not translated"
        assert translations[language] in html.unescape(found.group(1)), source
