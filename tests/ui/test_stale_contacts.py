"""Details that age say so, on screen: a contact checked more than a year before today shows when it was
checked and suggests the service's website, on its Get help card and in every plan line (the same
`contact_details` the plan shows and prints); `--self-test` warns about them and about guides checked long
ago, with an injected date."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QLabel

from safetyapp.core.settings import Settings
from safetyapp.selftest import run_self_test
from safetyapp.ui.app.main_window import MainWindow
from safetyapp.ui.kit.contact_text import contact_details, stale_note
from safetyapp.ui.pages.help import ContactCard

LONG_AGO = dt.date.today() - dt.timedelta(days=800)


def card_text(card: ContactCard) -> str:
    return "\n".join(label.text() for label in card.findChildren(QLabel))


def test_a_card_checked_long_ago_says_when_and_suggests_the_website(make_window: Callable[..., MainWindow]) -> None:
    window = make_window(Settings(reader="young", first_run=False))
    childline = window.context.contacts["childline"]
    fresh = card_text(ContactCard(childline._replace(checked=dt.date.today()), window.context))
    assert "Details checked:" in fresh and "more than a year ago" not in fresh
    old = card_text(ContactCard(childline._replace(checked=LONG_AGO), window.context))
    assert "more than a year ago" in old and "check the service's website" in old
    assert str(LONG_AGO.year) in old
    assert "Details checked:" not in old


def test_every_plan_line_of_a_contact_checked_long_ago_says_so(make_window: Callable[..., MainWindow]) -> None:
    window = make_window(Settings(reader="parent", first_run=False))
    nspcc = window.context.contacts["nspcc"]
    assert stale_note(nspcc) == "" and all("a year ago" not in d for d in contact_details(nspcc))
    old = nspcc._replace(checked=LONG_AGO)
    details = contact_details(old)
    assert details[-1] == stale_note(old) and "check the service's website" in details[-1]
    assert stale_note(nspcc, today=nspcc.checked + dt.timedelta(days=400)) != ""


def test_the_self_test_warns_about_details_checked_long_ago(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_self_test(today=dt.date(2099, 1, 1)) == 0  # a warning, not a failure
    err = capsys.readouterr().err
    assert "contact(s) checked more than a year ago" in err and "contact 'childline': details checked" in err
    assert "guide(s) checked more than a year ago" in err and "guide 'snapchat': steps checked" in err
