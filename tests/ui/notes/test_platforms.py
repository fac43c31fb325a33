"""My notes' platform field is the guides' list (resources/guides/platforms.toml), with a button beside it
that opens the chosen platform's guide; accounts saved with an id older versions offered keep it.

The mapping, decided here and written in ui/notes/words.py (OLD_PLATFORMS): the store accepts the
guides' ids and, so that old stores open unchanged, the ids earlier versions offered (messenger, wink,
video-chat, steam, kik, dating, email, text-message). Those are no longer offered; an account holding one
shows it as it was, and its guide is Facebook and Messenger's for messenger, "Any other app" for the rest.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from safetyapp.core.guides import load_platforms
from safetyapp.core.resources import resources_dir
from safetyapp.ui.app.context import AppContext
from safetyapp.ui.kit.text import fill
from safetyapp.ui.notes.record_cards import AccountCard
from safetyapp.ui.notes.words import OLD_PLATFORMS, platform_names
from safetyapp.vault.records import PLATFORM_IDS, PLATFORMS, Account

translate = QCoreApplication.translate
GUIDE_PLATFORMS = load_platforms(resources_dir() / "guides" / "platforms.toml")
GUIDE_IDS = [platform.id for platform in GUIDE_PLATFORMS]


def offered(combo: QComboBox) -> list[str]:
    return [str(combo.itemData(row)) for row in range(combo.count())]


def test_the_store_accepts_exactly_the_guides_platforms_and_the_old_ids(qtbot: QtBot) -> None:
    """Fails if the notes' platform list and the guides differ (the store cannot read the guides' file)."""
    stored = list(PLATFORMS)
    assert [pid for pid, _ in stored[: len(GUIDE_IDS)]] == GUIDE_IDS
    for (pid, name), platform in zip(stored, GUIDE_PLATFORMS, strict=False):
        assert pid == "other" or name == platform.name, pid  # "other" is named by the UI, translated
    assert set(PLATFORM_IDS) == set(GUIDE_IDS) | set(OLD_PLATFORMS)
    assert not set(OLD_PLATFORMS) & set(GUIDE_IDS)
    assert set(OLD_PLATFORMS.values()) <= set(GUIDE_IDS)
    assert set(platform_names()) == set(PLATFORM_IDS)


def test_the_field_offers_the_guides_list_and_opens_the_chosen_guide(notes_context: AppContext, qtbot: QtBot) -> None:
    card = AccountCard(Account(platform="snapchat"), 1, notes_context)
    qtbot.addWidget(card)
    assert offered(card.platform) == GUIDE_IDS
    assert card.platform.currentData() == "snapchat"
    assert card.find_username.words == fill(translate("AccountCard", "How do I find their username on %1?"), "Snapchat")
    with qtbot.waitSignal(notes_context.open_guide) as opened:
        card.find_username.click()
    assert opened.args == ["snapchat"]

    card.platform.setCurrentIndex(card.platform.findData("other"))
    assert card.record.platform == "other"
    assert card.find_username.words == translate("AccountCard", "How do I find their username?")
    with qtbot.waitSignal(notes_context.open_guide) as opened:
        card.find_username.click()
    assert opened.args == ["other"]


def test_an_account_saved_with_an_old_platform_keeps_it(notes_context: AppContext, qtbot: QtBot) -> None:
    for old, guide in (("kik", "other"), ("messenger", "facebook")):
        account = Account(platform=old)
        card = AccountCard(account, 1, notes_context)
        qtbot.addWidget(card)
        assert offered(card.platform) == [*GUIDE_IDS, old]
        assert card.platform.currentData() == old and account.platform == old  # shown, not changed
        if notes_context.library.guides.guides.get(guide):
            with qtbot.waitSignal(notes_context.open_guide) as opened:
                card.find_username.click()
            assert opened.args == [guide]
