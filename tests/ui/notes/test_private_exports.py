"""Reports (PDF and text) and any page saved as a PDF are created 0600 whatever the umask (the recovery
code as a PDF: tests/ui/notes/test_setup.py), and a symbolic link planted where the user chose to save
is replaced, not followed."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from safetyapp.ui.kit.printing import print_to, write_pdf
from safetyapp.ui.notes import NotesPage
from tests.helpers.umask import mode, umask
from tests.ui.notes.support import CANARY, Harness, Template, unlock

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")


@pytest.fixture(params=[0o022, 0o000], ids=["umask-022", "umask-000"])
def any_umask(request: pytest.FixtureRequest) -> Iterator[int]:
    with umask(request.param):
        yield request.param


@pytest.mark.parametrize("kind", ["pdf", "text"])
def test_a_report_is_readable_by_this_user_only(
    make_page: Callable[..., NotesPage],
    stored: Template,
    harness: Harness,
    qtbot: QtBot,
    tmp_path: Path,
    any_umask: int,
    kind: str,
) -> None:
    page = make_page()
    unlock(qtbot, page)
    harness.dialogs.report_kind = kind
    harness.dialogs.save_to = tmp_path / "for the police"
    page.files.make_report()
    written = tmp_path / ("for the police.pdf" if kind == "pdf" else "for the police.txt")
    assert written.stat().st_size > 0 and mode(written) == 0o600
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temporary file left


@pytest.mark.parametrize("kind", ["pdf", "text"])
def test_a_report_replaces_a_planted_symlink_instead_of_following_it(
    make_page: Callable[..., NotesPage], stored: Template, harness: Harness, qtbot: QtBot, tmp_path: Path, kind: str
) -> None:
    elsewhere = tmp_path / "someone-elses-file"
    elsewhere.write_text("not yours")
    target = tmp_path / ("report.pdf" if kind == "pdf" else "report.txt")
    target.symlink_to(elsewhere)
    page = make_page()
    unlock(qtbot, page)
    harness.dialogs.report_kind = kind
    harness.dialogs.save_to = target
    page.files.make_report()
    assert elsewhere.read_text() == "not yours"
    assert not target.is_symlink() and mode(target) == 0o600
    if kind == "text":
        assert CANARY["username"] in target.read_text(encoding="utf-8")


def test_a_page_or_plan_saved_as_pdf_is_readable_by_this_user_only(tmp_path: Path, any_umask: int) -> None:
    document = QTextDocument()
    document.setPlainText("My action plan")
    target = tmp_path / "action-plan.pdf"
    target.write_bytes(b"an old one")
    os.chmod(target, 0o666)
    write_pdf(document, target, "My action plan")
    assert target.read_bytes().startswith(b"%PDF") and mode(target) == 0o600


def test_printing_to_a_pdf_file_is_readable_by_this_user_only(tmp_path: Path, any_umask: int) -> None:
    document = QTextDocument()
    document.setPlainText("My action plan")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))  # what the print dialog's "print to file" sets
    print_to(printer, document)
    assert (tmp_path / "printed.pdf").read_bytes().startswith(b"%PDF") and mode(tmp_path / "printed.pdf") == 0o600
