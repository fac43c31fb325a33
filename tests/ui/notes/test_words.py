"""Every event kind the notes store knows has a name in the user's language, and only those do."""

from __future__ import annotations

from safetyapp.ui.notes.words import event_kind_names, report_labels
from safetyapp.vault.records import EVENT_KINDS


def test_every_event_kind_has_a_label_in_the_order_offered() -> None:
    names = event_kind_names()
    assert tuple(names) == EVENT_KINDS
    assert all(name.strip() for name in names.values())


def test_no_label_exists_for_an_unknown_kind() -> None:
    assert "unknown-kind" not in event_kind_names()
    assert set(report_labels().event_kinds) == set(EVENT_KINDS)
