"""Every event kind the notes store knows has a name in the user's language, and only those do."""

from __future__ import annotations

from safetyapp.ui.notes.words import event_kind_names, paid_names, payment_method_names, report_labels
from safetyapp.vault.records import EVENT_KINDS, PAID_ANSWERS, PAYMENT_METHODS


def test_every_event_kind_has_a_label_in_the_order_offered() -> None:
    names = event_kind_names()
    assert tuple(names) == EVENT_KINDS
    assert all(name.strip() for name in names.values())


def test_no_label_exists_for_an_unknown_kind() -> None:
    assert "unknown-kind" not in event_kind_names()
    assert set(report_labels().event_kinds) == set(EVENT_KINDS)


def test_every_answer_to_was_anything_paid_has_words_on_screen_and_in_the_report() -> None:
    assert tuple(paid_names()) == PAID_ANSWERS
    assert tuple(report_labels().paid_answers) == PAID_ANSWERS
    assert tuple(payment_method_names()) == PAYMENT_METHODS  # how it was paid: the same list as how asked
