"""Read Safety Companion's accessibility tree over AT-SPI, as a screen reader does, and report problems.

Runs under the SYSTEM Python (pyatspi comes from Debian's python3-pyatspi), not the project's: it must
not import anything from the project. Usage: /usr/bin/python3 atspi_walk.py APP_NAME
It finds the running application by name, opens each section by choosing its navigation button through
AT-SPI (as a screen-reader user would), and after each walks the whole tree. Prints one JSON object:
    {"sections": {section: {"focusable": N, "unnamed": [...], "headings": [...]}}, "error": str | null}
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Iterator
from typing import Any

import pyatspi

# Roles whose name a screen reader takes from elsewhere (their own text, or the item they hold).
NAMED_BY_CONTENT = {
    pyatspi.ROLE_TEXT,  # an editable box reads its label via a LABELLED_BY relation, checked separately
    pyatspi.ROLE_SCROLL_BAR,
    pyatspi.ROLE_LIST_ITEM,
    pyatspi.ROLE_TABLE_CELL,
    pyatspi.ROLE_PAGE_TAB,
    pyatspi.ROLE_MENU_ITEM,
}
BUTTONS = (pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_CHECK_BOX, pyatspi.ROLE_TOGGLE_BUTTON)
SECTIONS = ("Home", "Advice", "What to do now", "My notes", "Get help", "Settings")


def find_app(name: str, timeout: float = 30.0) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for index in range(desktop.childCount):
            app = desktop.getChildAtIndex(index)
            if app is not None and app.name == name and app.childCount > 0:
                return app
        time.sleep(0.3)
    raise RuntimeError(f"application {name!r} not found on the accessibility bus")


def walk(node: Any, path: tuple[str, ...] = ()) -> Iterator[tuple[Any, tuple[str, ...]]]:
    yield node, path
    for index in range(node.childCount):
        child = node.getChildAtIndex(index)
        if child is not None:
            yield from walk(child, (*path, f"{child.getRoleName()}[{index}]"))


def labelled(node: Any) -> bool:
    try:
        return any(r.getRelationType() == pyatspi.RELATION_LABELLED_BY for r in node.getRelationSet())
    except Exception:
        return False


def survey(app: Any) -> dict[str, Any]:
    focusable = 0
    unnamed: list[str] = []
    headings: list[str] = []
    for node, path in walk(app):
        states = node.getState()
        if not states.contains(pyatspi.STATE_SHOWING):
            continue
        role = node.getRole()
        if role == pyatspi.ROLE_HEADING:
            headings.append(node.name)
        if states.contains(pyatspi.STATE_FOCUSABLE):
            focusable += 1
            if not (node.name or "").strip() and role not in NAMED_BY_CONTENT:
                unnamed.append(f"{node.getRoleName()} at {'/'.join(path)}")
            elif role == pyatspi.ROLE_TEXT and not (node.name or "").strip() and not labelled(node):
                unnamed.append(f"{node.getRoleName()} (no name, no label) at {'/'.join(path)}")
    return {"focusable": focusable, "unnamed": unnamed, "headings": headings}


def open_section(app: Any, name: str) -> None:
    """Choose a section as a screen-reader user does: the section buttons are one choice (radio
    buttons), and "Toggle" on one must open its section."""
    for node, _ in walk(app):
        if node.name == name and node.getRole() in (*BUTTONS, pyatspi.ROLE_RADIO_BUTTON):
            if node.getRole() != pyatspi.ROLE_RADIO_BUTTON:
                raise RuntimeError(f"section button {name!r} is read as a {node.getRoleName()}, not one of a choice")
            action = node.queryAction()
            names = [action.getName(index) for index in range(action.nActions)]
            action.doAction(names.index("Toggle"))
            return
    raise RuntimeError(f"no button named {name!r}")


def main() -> int:
    sections: dict[str, dict[str, Any]] = {}
    result: dict[str, Any] = {"sections": sections, "error": None}
    try:
        app = find_app(sys.argv[1])
        for section in SECTIONS:
            open_section(app, section)
            time.sleep(1.0)
            sections[section] = survey(app)
    except Exception as error:  # report, so the test can say what went wrong
        result["error"] = f"{type(error).__name__}: {error}"
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
