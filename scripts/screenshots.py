"""Take the README's screenshots: the real app under a real X server (Xvfb), one PNG per view.

Run with: xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python scripts/screenshots.py [names...]
Writes docs/screenshots/<name>.png. Uses a throw-away data folder; nothing of yours is shown.
Most views are taken in a 1100x760 window; those named ...-1024x600, ...-1366x768 and ...-1920x1080 in
a window the size of that screen less a 40 px taskbar (tests/screen checks the same on a real desktop).
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from safetyapp.core.paths import resolve_paths
from safetyapp.core.settings import Settings, save_settings
from safetyapp.ui.app.application import build_window, create_application
from safetyapp.ui.app.main_window import MainWindow

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"


def settle(app: QApplication, ms: int = 150) -> None:
    timer = QTimer()
    timer.setSingleShot(True)
    timer.start(ms)
    while timer.isActive():
        app.processEvents()


def shoot(window: MainWindow, name: str) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    settle(app)
    OUT.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(OUT / f"{name}.png"))
    print(f"wrote {OUT / name}.png")


def scenes() -> dict[str, tuple[Settings, Callable[[MainWindow], object]]]:
    parent = Settings(reader="parent", first_run=False)
    young = Settings(reader="young", first_run=False)
    staff = Settings(reader="staff", first_run=False)

    def advice_search(window: MainWindow) -> None:
        page = window.show_section("advice")
        page.search.setText("report")  # type: ignore[attr-defined]

    def guide(window: MainWindow) -> None:
        window.open_guide("snapchat")

    def wizard_guides(window: MainWindow) -> None:
        """The plan scrolled to the block-and-report step, an app chosen."""
        from PySide6.QtWidgets import QScrollArea

        wizard_plan(window)
        page = window.wizard_page()
        card = next(card for card in page.step_cards if card.guides is not None)
        assert card.guides is not None
        card.guides.app.setCurrentIndex(card.guides.app.findData("snapchat"))
        scroll = card.parentWidget()
        while scroll is not None and not isinstance(scroll, QScrollArea):
            scroll = scroll.parentWidget()
        if scroll is not None:
            settle(QApplication.instance())  # type: ignore[arg-type]
            scroll.ensureWidgetVisible(card.guides, 50, 200)

    def wizard_urgent(window: MainWindow) -> None:
        page = window.show_section("wizard")
        page.choose("yes")  # type: ignore[attr-defined]

    def wizard_plan(window: MainWindow) -> None:
        page = window.show_section("wizard")
        reader = window.context.settings.reader or "young"
        answers = {
            "safety": "no",
            "who": reader,
            "happening": "threatened-to-share" if reader != "staff" else "told-me",
            "paid": "yes",
            "sent-more": "no",
            "posted": "no",
            "username": "yes",
            "contact": "yes",
        }
        for _ in range(20):
            if page.plan is not None:  # type: ignore[attr-defined]
                break
            question = page.question_id  # type: ignore[attr-defined]
            options = page.option_buttons  # type: ignore[attr-defined]
            page.choose(answers.get(question, next(iter(options))))  # type: ignore[attr-defined]
        page.step_cards[0].how_button.setChecked(True)  # type: ignore[attr-defined]

    def notes_example(window: MainWindow, view: str) -> None:
        """My notes with a made-up example case (never real data), opened at `view`."""
        import datetime as dt

        from safetyapp.ui.notes import NotesPage
        from safetyapp.ui.notes.case_editor import TIMELINE
        from safetyapp.vault import crypto
        from safetyapp.vault.records import Account, Case, Demand, Event, ReportMade, VaultData
        from safetyapp.vault.store import Vault

        app = QApplication.instance()
        assert isinstance(app, QApplication)
        path = window.context.paths.data / "notes" / "store.scv"
        vault, code = Vault.create(path, "example passphrase", kdf_params=crypto.MINIMUM_PARAMS)
        here = dt.datetime.now().astimezone().tzinfo
        case = Case.new("Snapchat, June")
        case.accounts = [
            Account("snapchat", "sam_2009x", "Sam", "", "Added me after a game. Said they were 15."),
            Account("instagram", "sam.x.2009", "", "https://www.instagram.com/sam.x.2009", ""),
        ]
        case.events = [
            Event(dt.datetime(2025, 6, 1, 19, 40, tzinfo=here), "first-contact", "Added me on Snapchat"),
            Event(dt.datetime(2025, 6, 2, 21, 5, tzinfo=here), "asked-for-images", "Kept asking for a photo"),
            Event(dt.datetime(2025, 6, 3, 7, 12, tzinfo=here), "threatened", "Said they would send it to my friends"),
            Event(
                dt.datetime(2025, 6, 3, 7, 30, tzinfo=here), "demanded-money", "Wanted £200 in gift cards by tonight"
            ),
            Event(dt.datetime(2025, 6, 3, 16, 0, tzinfo=here), "blocked", "Blocked them on both apps"),
            Event(dt.datetime(2025, 6, 3, 16, 20, tzinfo=here), "reported", "Told Mum, reported to CEOP"),
        ]
        case.demands = [Demand("200", "GBP", "gift-card", "Steam gift cards, codes sent by message", "")]
        case.reports = [ReportMade("CEOP", dt.date(2025, 6, 3), "")]
        vault.save(VaultData([case]))
        vault.close()
        page = window.show_section("notes")
        assert isinstance(page, NotesPage)
        while page.state == "opening":  # the store is read off the GUI thread
            app.processEvents()
        if view == "recovery":
            vault.close()
            for leftover in path.parent.iterdir():
                leftover.unlink()
            page.refresh()
            while page.state == "opening":
                app.processEvents()
            page.setup_view.passphrase.first.setText("example passphrase")
            page.setup_view.passphrase.second.setText("example passphrase")
            page.setup_view.create_button.click()
            while page.state != "recovery-code":
                app.processEvents()
            return
        if view == "locked":
            return
        page.unlock_view.passphrase.setText("example passphrase")
        page.unlock_view.unlock_button.click()
        while page.state != "open":
            app.processEvents()
        assert page.open_view is not None and page.open_view.cases.editor is not None
        if view == "timeline":
            page.open_view.cases.editor.tabs.setCurrentIndex(TIMELINE)
            page.open_view.cases.editor.timeline.select_row(3)
        elif view == "settings":
            page.open_view.show_options()
        del code

    base: dict[str, tuple[Settings, Callable[[MainWindow], object]]] = {
        "welcome": (Settings(), lambda w: None),
        "home": (parent, lambda w: w.show_section("home")),
        "advice": (young, lambda w: w.show_section("advice")),
        "advice-search": (parent, advice_search),
        "guide": (young, guide),
        "help": (young, lambda w: w.show_section("help")),
        "settings": (parent, lambda w: w.show_section("settings")),
        "home-200": (Settings(reader="young", first_run=False, text_scale=200), lambda w: w.show_section("home")),
        "home-high-contrast": (
            Settings(reader="staff", first_run=False, theme="high-contrast"),
            lambda w: w.show_section("home"),
        ),
        "wizard": (young, lambda w: w.show_section("wizard")),
        "wizard-urgent": (young, wizard_urgent),
        "wizard-plan": (young, wizard_plan),
        "wizard-plan-staff": (staff, wizard_plan),
        "wizard-guides": (young, wizard_guides),
        "notes": (staff, lambda w: w.show_section("notes")),
        "notes-setup": (young, lambda w: w.show_section("notes")),
        "notes-recovery": (young, lambda w: notes_example(w, "recovery")),
        "notes-locked": (young, lambda w: notes_example(w, "locked")),
        "notes-open": (young, lambda w: notes_example(w, "accounts")),
        "notes-timeline": (young, lambda w: notes_example(w, "timeline")),
        "notes-settings": (young, lambda w: notes_example(w, "settings")),
    }
    # Every section at 200% text (nothing may be clipped), and each translation, Urdu right to left.
    big = {
        f"{name}-200": (settings.with_(text_scale=200), action)
        for name, (settings, action) in base.items()
        if name
        in (
            "advice",
            "guide",
            "help",
            "settings",
            "wizard",
            "wizard-plan",
            "wizard-guides",
            "notes-setup",
            "notes-open",
        )
    }
    translated = {
        f"{name}-{language}": (settings.with_(language=language), action)
        for language in ("cy", "pl", "ur")
        for name, (settings, action) in base.items()
        if name in ("welcome", "home", "advice", "guide", "help", "settings", "wizard", "wizard-plan", "notes-setup")
    }
    translated["home-ur-200"] = (
        Settings(reader="young", first_run=False, language="ur", text_scale=200),
        lambda w: w.show_section("home"),
    )
    # An Urdu page whose paragraphs begin with English names: each must still read right to left.
    translated["advice-page-ur"] = (
        Settings(reader="parent", first_run=False, language="ur"),
        lambda w: w.show_section("advice").show_page("parent-getting-images-removed"),  # type: ignore[attr-defined]
    )
    # The three common screens, each as a window the size of the screen less its taskbar.
    sized = {
        f"{name}-{size}": (settings, action)
        for size in SCREENS
        for name, (settings, action) in base.items()
        if name in ("home", "advice", "help", "settings", "wizard", "wizard-plan", "notes-setup", "notes-open")
    }
    # High contrast: every kind of control (answers, tick boxes, fields) in the theme that once hid them.
    contrast = {
        f"{name}-high-contrast": (settings.with_(theme="high-contrast"), action)
        for name, (settings, action) in base.items()
        if name in ("wizard", "wizard-plan", "notes-setup", "settings")
    }
    translated["wizard-ur-200"] = (young.with_(language="ur", text_scale=200), lambda w: w.show_section("wizard"))
    translated["notes-locked-ur-200"] = (
        young.with_(language="ur", text_scale=200),
        lambda w: notes_example(w, "locked"),
    )
    return {**base, **big, **translated, **sized, **contrast}


SCREENS = ("1024x600", "1366x768", "1920x1080")
TASKBAR = 40


def window_size(name: str) -> tuple[int, int]:
    """The window for a view: a screen's size less the taskbar for views named after a screen."""
    for screen in SCREENS:
        if name.endswith(screen):
            width, height = (int(n) for n in screen.split("x"))
            return width, height - TASKBAR
    return 1100, 760


def main(names: list[str]) -> int:
    app = create_application()
    wanted = scenes()
    for name, (settings, action) in wanted.items():
        if names and name not in names:
            continue
        with tempfile.TemporaryDirectory() as folder:
            paths = resolve_paths(data_dir=Path(folder))
            paths.create()
            save_settings(paths.config, settings)
            window = build_window(app, paths)
            window.show()
            settle(app)  # (on show, the window fits itself to the screen: the size asked for comes after)
            window.resize(*window_size(name))
            action(window)
            shoot(window, name)
            window.close()
            window.deleteLater()
            settle(app)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
