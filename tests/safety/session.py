"""A scripted session of the real app, for the safety tests (tests/safety): never online, nothing left.

    python -m tests.safety.session --data-dir D --exports E --backups B --phase session --exit normal

starts Safety Companion exactly as `safetyapp.app.main` does (the same command line, folders, log,
QApplication and main window, offscreen), and then works through it as a user would, with clicks and
typing on the real widgets, and answers for the real dialogs (Qt's own file dialog, the report dialog,
the message box):

phase "session" (a first start, no notes yet):
    Welcome (choose "young person"), Home, Advice (a search, opening the first result and a page),
    Get help, Settings (text size), What to do now through to a plan, then "Write down the account
    details now" into My notes: set up with a passphrase (and the keyring, when it works), the
    two groups of the recovery code typed back (those asked for), a case with an account (platform,
    username, link), an event and a demand holding the canary values; lock; unlock with the passphrase;
    a plain-text and a PDF report (into `--exports`); a backup (into `--backups`); the username copied
    with its Copy button. Then:
        --exit normal   close the window
        --exit quick    quick exit: Shift three times, pressed at the window as a keyboard would
        --exit kill     the notes are saved and open: say so and wait to be killed (SIGKILL)

phase "restore" (after a "session" run in the same folders; the recovery code comes on stdin):
    unlock (keyring or passphrase), add a case, restore the backup (the notes stay open), lock, unlock
    with the recovery code, and close the window.

It reports on stdout, one JSON object a line (the test reads them; nothing is written to a file):
    {"event": "started", "pid": ...}
    {"event": "recovery-code", "code": ...}      the code shown once (a canary: it is random)
    {"event": "keyring", "usable": ..., "reason": ...}
    {"event": "reports", "paths": [...]}         {"event": "backup", "path": ...}
    {"event": "copied", "held": true}            the clipboard held the username before exiting
    {"event": "ready-to-kill", "pid": ...}        (--exit kill)
    {"event": "restored", "titles": [...]}       (phase restore)
    {"event": "clipboard-after-exit", "text": ...}
    {"event": "done"}                            the script finished
    {"event": "error", "message": ...}           and exit status 3
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

# Typed into the app during the session; the tests look for them everywhere afterwards. Each is long
# and odd enough that it cannot turn up by chance, in any encoding.
CANARIES: dict[str, str] = {
    "passphrase": "Cnry pass Wq7 vellum kettle",
    "case_title": "Cnry case title Pd31",
    "username": "cnry_user_Zx48k",
    "profile_link": "https://example.invalid/u/cnry-link-Hm27",
    "demand": "cnry wallet bc1qVt93 pay by Friday",
    "event": "cnry threat text Jw56: will post it",
}
AFTER_BACKUP_TITLE = "Written after the backup"
PHASES = ("session", "restore")
EXITS = ("normal", "quick", "kill")
TIMEOUT_S = 60.0
STARTED = time.monotonic()


def emit(event: str, **values: Any) -> None:
    print(json.dumps({"event": event, "t": round(time.monotonic() - STARTED, 2), **values}), flush=True)


class Failed(Exception):
    pass


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m tests.safety.session")
    parser.add_argument("--data-dir", type=Path, required=True, help="the app's --data-dir")
    parser.add_argument("--exports", type=Path, required=True, help="where the reports are saved")
    parser.add_argument("--backups", type=Path, required=True, help="where the backup is saved")
    parser.add_argument("--phase", choices=PHASES, default="session")
    parser.add_argument("--exit", choices=EXITS, default="normal", dest="exit_how")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    emit("started", pid=os.getpid())
    recovery_code = ""
    if args.phase == "restore":
        recovery_code = json.loads(sys.stdin.readline())["recovery_code"]

    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QGuiApplication

    from safetyapp import app as safetyapp_main
    from safetyapp.ui.app.application import create_application

    # The same QApplication `run` makes (it takes an existing one), made first so the script can be
    # scheduled to start once the event loop runs.
    qt_app = create_application()
    driver = Driver(args, recovery_code)
    QTimer.singleShot(0, driver.start)
    status = safetyapp_main.main(["--data-dir", str(args.data_dir)])
    clipboard = qt_app.clipboard() if isinstance(qt_app, QGuiApplication) else QGuiApplication.clipboard()
    emit("clipboard-after-exit", text=clipboard.text())
    clipboard.clear()
    if driver.error:
        return 3
    return status


class Driver:
    """The script. It runs inside the app's event loop and waits (processing events) where a user would."""

    def __init__(self, args: argparse.Namespace, recovery_code: str) -> None:
        self.args = args
        self.recovery_code = recovery_code
        self.error = False
        self.answers: list[tuple[str, Callable[[Any], None]]] = []
        self.unexpected: list[str] = []

    # ------------------------------------------------------------------ plumbing

    def start(self) -> None:
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication

        self.dialog_timer = QTimer()
        self.dialog_timer.setInterval(30)
        self.dialog_timer.timeout.connect(self._answer_dialog)
        self.dialog_timer.start()
        try:
            self.window = self._main_window()
            if self.args.phase == "session":
                self.session()
            else:
                self.restore()
            if self.unexpected:
                raise Failed(f"unexpected dialogs: {self.unexpected}")
            self.finish()
        except Exception:
            self.error = True
            emit("error", message=traceback.format_exc())
            for widget in QApplication.topLevelWidgets():
                widget.hide()
            QApplication.exit(3)

    def wait_until(
        self,
        condition: Callable[[], bool],
        what: str,
        timeout: float = TIMEOUT_S,
        instead: Callable[[], str] | None = None,
    ) -> None:
        """Wait for `condition`; on timeout, fail naming `what` (and what `instead` finds, if given)."""
        from PySide6.QtCore import QEventLoop
        from PySide6.QtWidgets import QApplication

        deadline = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > deadline:
                found = f"; found instead: {instead()}" if instead else ""
                raise Failed(f"timed out waiting for: {what}{found}")
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            time.sleep(0.01)

    def settle(self) -> None:
        from PySide6.QtWidgets import QApplication

        for _ in range(3):
            QApplication.processEvents()

    def click(self, button: Any) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        self.settle()
        if not (button.isVisible() and button.isEnabled()):
            raise Failed(f"cannot click {button.text()!r}: visible={button.isVisible()} enabled={button.isEnabled()}")
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)
        self.settle()

    def type_into(self, field: Any, text: str) -> None:
        """Key by key, as typed (each key goes through the field's own key handling)."""
        from PySide6.QtTest import QTest

        field.setFocus()
        QTest.keyClicks(field, text)
        self.settle()

    def expect_dialog(self, kind: str, answer: Callable[[Any], None]) -> None:
        """The next modal window must be of class `kind`; `answer` fills it in and closes it."""
        self.answers.append((kind, answer))

    def _answer_dialog(self) -> None:
        from PySide6.QtWidgets import QApplication

        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isVisible() or dialog.property("safetyTestAnswered"):
            return
        dialog.setProperty("safetyTestAnswered", True)
        kind = type(dialog).__name__
        if not self.answers or self.answers[0][0] != kind:
            self.unexpected.append(f"{kind}: {dialog.windowTitle()}")
            dialog.close()
            return
        _kind, answer = self.answers.pop(0)
        answer(dialog)

    def _main_window(self) -> Any:
        from PySide6.QtWidgets import QApplication

        from safetyapp.ui.app.main_window import MainWindow

        found: list[MainWindow] = []

        def shown() -> bool:
            found[:] = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
            return bool(found)

        self.wait_until(shown, "the main window")
        window = found[0]
        self.wait_until(lambda: window.painted, "the first paint")
        self.settle()
        return window

    # ------------------------------------------------------------------ dialogs

    def choose_file(self, path: Path) -> Callable[[Any], None]:
        """Answer Qt's file dialog as a person does: once it has settled on screen, the whole path typed
        over the suggested name in the file-name box, then the Save (or Open) button pressed; the dialog
        must then close. (`selectFile` is not what a person does, and since PySide6 6.11 it moves to the
        folder but keeps the suggested name. A click before the dialog's own start-up events have run is
        lost, as no person could make it.)"""

        def answer(dialog: Any) -> None:
            from tests.helpers.file_dialogs import name_box, press_save_or_open, type_name

            self.settle()
            type_name(dialog, str(path))
            self.settle()
            if name_box(dialog).text() != str(path):
                raise Failed(f"the file-name box holds {name_box(dialog).text()!r}, not the path typed")
            press = press_save_or_open(dialog)
            self.wait_until(
                lambda: not dialog.isVisible(),
                f"the file dialog to close after {press.text()!r} was pressed",
                instead=lambda: f"it is still open, holding {name_box(dialog).text()!r}",
            )

        return answer

    @staticmethod
    def files_in(folder: Path) -> Callable[[], str]:
        return lambda: ", ".join(sorted(p.name for p in folder.iterdir())) or f"nothing in {folder}"

    @staticmethod
    def report_as(kind: str) -> Callable[[Any], None]:
        def answer(dialog: Any) -> None:
            (dialog.pdf if kind == "pdf" else dialog.text).setChecked(True)
            dialog.accept()

        return answer

    @staticmethod
    def confirm(dialog: Any) -> None:
        from PySide6.QtWidgets import QMessageBox

        go = next(b for b in dialog.buttons() if dialog.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole)
        go.click()

    # ------------------------------------------------------------------ the notes page

    def notes(self) -> Any:
        return self.window.show_section("notes")

    def wait_state(self, state: str, what: str) -> None:
        from safetyapp.ui.notes.background import busy

        page = self.notes()
        self.wait_until(lambda: page.state == state and not busy(), what)

    def wait_saved(self) -> None:
        from safetyapp.ui.notes.background import busy

        page = self.notes()
        session = page.session
        self.wait_until(lambda: not session.unsaved and not session.save_pending and not busy(), "the notes saved")

    def unlock_with_passphrase(self) -> None:
        page = self.notes()
        view = page.unlock_view
        self.type_into(view.passphrase, CANARIES["passphrase"])
        self.click(view.unlock_button)
        self.wait_state("open", "the notes to open with the passphrase")

    # ------------------------------------------------------------------ phase "session"

    def session(self) -> None:
        window = self.window
        # Welcome: who are you?
        welcome = window.welcome
        if welcome is None:
            raise Failed("a first start should ask who you are")
        self.click(welcome.buttons["young"])
        home = window.page("home")
        if window.current_section != "home":
            raise Failed("Home did not open after choosing who you are")

        # Advice: search, open the first result, open another page.
        self.click(home.advice_button)
        advice = window.page("advice")
        self.type_into(advice.search, "remov")
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        QTest.keyClick(advice.search, Qt.Key.Key_Return)
        self.settle()
        if advice.current_page is None or "removed" not in advice.current_page.id:
            raise Failed("the advice search did not open the page about getting images removed")
        advice.search.clear()
        advice.show_page("young-what-to-do-now")

        # Get help, Settings.
        self.click(window.nav.buttons["help"])
        help_page = window.page("help")
        self.click(help_page.show_all)
        self.click(window.nav.buttons["settings"])
        settings = window.page("settings")
        settings.text_size.setCurrentIndex((settings.text_size.currentIndex() + 1) % settings.text_size.count())
        self.settle()

        # What to do now, through to a plan.
        self.click(window.nav.buttons["wizard"])
        wizard = window.page("wizard")
        for _ in range(20):
            if wizard.plan is not None:
                break
            buttons = wizard.option_buttons
            chosen = next((i for i, b in buttons.items() if b.isChecked()), None)
            asked = wizard.session.current_question()
            question = asked.id if asked is not None else ""
            choice = {"safety": "no", "happening": "threatened-to-share"}.get(question, chosen)
            if choice not in buttons:
                choice = "not-sure" if "not-sure" in buttons else next(iter(buttons))
            self.click(buttons[choice])
            self.click(wizard.next_button)
        if wizard.plan is None:
            raise Failed("the wizard never reached a plan")

        # From the plan into My notes.
        self.click(wizard.notes_button)
        if window.current_section != "notes":
            raise Failed("the plan's notes button did not open My notes")
        self.set_up_notes()
        self.fill_in_case()
        self.lock_and_unlock()
        self.reports()
        self.backup()
        self.copy_username()

    def set_up_notes(self) -> None:
        page = self.notes()
        self.wait_state("setup", "the set-up view")
        self.wait_until(lambda: page.keyring_status is not None, "the keyring check")
        status = page.keyring_status
        emit("keyring", usable=status.usable, reason=status.reason)
        setup = page.setup_view
        if status.usable:
            self.click(setup.keyring.box)
        self.type_into(setup.passphrase.first, CANARIES["passphrase"])
        self.type_into(setup.passphrase.second, CANARIES["passphrase"])
        self.click(setup.create_button)
        self.wait_state("recovery-code", "the recovery code (Argon2id is calibrated here)")
        view = page.recovery_view
        code = view.code_label.text()
        emit("recovery-code", code=code)
        self.click(view.kept_button)  # "I've kept a copy": the code goes out of sight
        groups = code.split("-")
        for number, box in zip(view.asked_groups, view.group_fields, strict=True):
            self.type_into(box, groups[number - 1])  # the two groups asked for, as from the copy kept
        self.click(view.continue_button)
        self.wait_state("open", "My notes to open after the recovery code")
        self.wait_until(lambda: not page.session.keyring_busy, "the keyring to be set")

    def fill_in_case(self) -> None:
        from safetyapp.ui.notes.case_editor import ACCOUNTS, DEMANDS, TIMELINE

        page = self.notes()
        view = page.open_view
        cases = view.cases
        if cases.editor is None:  # the plan's button asks for a new case; start one if it did not
            self.click(cases.new_button)
        editor = cases.editor
        self.type_into(editor.title, CANARIES["case_title"])

        editor.tabs.setCurrentIndex(ACCOUNTS)
        self.click(editor.accounts.add_button)
        card = editor.accounts.cards[-1]
        card.platform.setCurrentIndex(card.platform.findData("instagram"))
        self.type_into(card.username, CANARIES["username"])
        link = next(f for f in card.fields if f.field == "profile_link")
        self.type_into(link, CANARIES["profile_link"])

        editor.tabs.setCurrentIndex(TIMELINE)
        self.click(editor.timeline.add_button)
        editor.timeline.kind.setCurrentIndex(editor.timeline.kind.findData("threatened"))
        self.type_into(editor.timeline.text, CANARIES["event"])

        editor.tabs.setCurrentIndex(DEMANDS)
        self.click(editor.demands.add_button)
        demand = editor.demands.cards[-1]
        amount = next(f for f in demand.fields if f.field == "amount")
        self.type_into(amount, "250")
        demand.method.setCurrentIndex(demand.method.findData("gift-card"))
        details = next(f for f in demand.fields if f.field == "payment_details")
        self.type_into(details, CANARIES["demand"])
        self.wait_saved()
        self.check_open_data()

    def check_open_data(self) -> None:
        data = self.notes().session.data
        case = data.cases[0]
        found = (
            case.title,
            case.accounts[0].username,
            case.accounts[0].profile_link,
            case.events[-1].text,
            case.demands[0].payment_details,
        )
        wanted = tuple(CANARIES[k] for k in ("case_title", "username", "profile_link", "event", "demand"))
        if found != wanted:
            raise Failed("the notes do not hold what was typed")

    def lock_and_unlock(self) -> None:
        page = self.notes()
        self.click(page.open_view.lock_button)
        self.wait_state("locked", "My notes to lock")
        self.unlock_with_passphrase()
        self.check_open_data()

    def reports(self) -> None:
        page = self.notes()
        exports = self.args.exports
        exports.mkdir(parents=True, exist_ok=True)
        written = []
        for kind, name in (("text", "report"), ("pdf", "report")):
            self.expect_dialog("ReportDialog", self.report_as(kind))
            self.expect_dialog("QFileDialog", self.choose_file(exports / name))
            self.click(page.open_view.report_button)
            self.wait_until(lambda: not self.answers, "the report dialogs")
            path = exports / f"{name}.{'txt' if kind == 'text' else 'pdf'}"
            self.wait_until(path.is_file, f"the {kind} report {path.name}", instead=self.files_in(exports))
            written.append(str(path))
        emit("reports", paths=written)

    def backup(self) -> None:
        page = self.notes()
        view = page.open_view
        backups = self.args.backups
        backups.mkdir(parents=True, exist_ok=True)
        self.click(view.options_button)
        self.expect_dialog("QFileDialog", self.choose_file(backups / "notes-backup"))
        self.click(view.options.backup_button)
        self.wait_until(lambda: not self.answers, "the backup dialog")
        path = backups / "notes-backup.scv"
        self.wait_until(path.is_file, f"the backup {path.name}", instead=self.files_in(backups))
        emit("backup", path=str(path))
        self.click(view.options.back_button)

    def copy_username(self) -> None:
        from PySide6.QtGui import QGuiApplication

        from safetyapp.ui.notes.case_editor import ACCOUNTS

        editor = self.notes().open_view.cases.editor
        editor.tabs.setCurrentIndex(ACCOUNTS)
        self.click(editor.accounts.cards[0].copy_button)
        emit("copied", held=QGuiApplication.clipboard().text() == CANARIES["username"])

    # ------------------------------------------------------------------ phase "restore"

    def restore(self) -> None:
        from safetyapp.ui.notes.background import busy

        window = self.window
        self.click(window.nav.buttons["notes"])
        page = self.notes()
        self.wait_until(
            lambda: page.state in ("locked", "open") and not busy() and not page.session.keyring_busy,
            "My notes to load",
        )
        if page.state == "locked":
            self.unlock_with_passphrase()
            emit("unlocked", how="passphrase")
        else:
            emit("unlocked", how="keyring")
        self.check_open_data()
        view = page.open_view
        self.click(view.cases.new_button)
        self.type_into(view.cases.editor.title, AFTER_BACKUP_TITLE)
        self.wait_saved()

        backup = self.args.backups / "notes-backup.scv"
        self.click(view.options_button)

        self.expect_dialog("QFileDialog", self.choose_file(backup))
        self.expect_dialog("QMessageBox", self.confirm)
        self.click(view.options.restore_button)
        self.wait_until(
            lambda: page.open_view is not None and "restored" in page.open_view.notice.text() and not busy(),
            "the backup restored, the notes still open",
        )
        if self.answers:
            raise Failed("the restore did not ask what was expected")
        self.click(page.open_view.lock_button)
        self.wait_state("locked", "the restored notes, locked")

        unlock = page.unlock_view
        self.click(unlock.use_code_button)
        self.type_into(unlock.code, self.recovery_code)
        self.click(unlock.code_unlock_button)
        self.wait_state("open", "the restored notes to open with the recovery code")
        self.check_open_data()
        emit("restored", titles=[case.title for case in page.session.data.cases])

    # ------------------------------------------------------------------ the end

    def finish(self) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        self.dialog_timer.stop()
        how = self.args.exit_how if self.args.phase == "session" else "normal"
        emit("done")
        if how == "normal":
            self.window.close()
        elif how == "quick":
            handle = self.window.windowHandle()
            for _ in range(3):  # at the window, where a real keyboard's keys arrive first
                QTest.keyClick(handle, Qt.Key.Key_Shift)
        else:
            self.wait_saved()
            emit("ready-to-kill", pid=os.getpid())


if __name__ == "__main__":
    sys.exit(main())
