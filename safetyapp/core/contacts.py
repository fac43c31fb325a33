"""The one list of services, numbers and addresses the app shows (resources/contacts.toml)."""

from __future__ import annotations

import datetime as dt
import itertools
import re
import tomllib
from collections.abc import Collection, Mapping
from pathlib import Path
from typing import NamedTuple

from safetyapp.core.errors import DataFileError, read_toml, toml_error_line
from safetyapp.core.readers import READERS, Reader, is_reader

REGIONS = ("england", "wales", "scotland", "northern-ireland")
_TEXT_FIELDS = ("id", "name", "purpose", "ages", "phone", "text", "email", "web", "hours", "source")
_FIELDS = {*_TEXT_FIELDS, "audiences", "regions", "checked"}
_PHONE = re.compile(r"^[0-9][0-9 ]{1,15}[0-9]$")
_EMAIL = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[a-z]{2,}$")
_WEB = re.compile(r"^https://[A-Za-z0-9.-]+\.[a-z]{2,}(/[A-Za-z0-9._~%/-]*)?$")
_ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
TRANSLATED_FIELDS = ("name", "purpose", "ages", "hours")
STALE_AFTER_MONTHS = 12
"""Details checked longer ago than this may have changed: the app says when they were checked."""


# A NamedTuple, not a dataclass: made before the first paint (docs/architecture.md, start-up).
class Contact(NamedTuple):
    id: str
    name: str
    purpose: str
    readers: tuple[Reader, ...]
    """Who the contact is for (`audiences` in contacts.toml)."""
    ages: str
    phone: str
    text: str
    email: str
    web: str
    hours: str
    regions: tuple[str, ...]
    checked: dt.date
    source: str

    def for_reader(self, reader: Reader | None) -> bool:
        return reader is None or reader in self.readers

    @property
    def whole_uk(self) -> bool:
        return set(self.regions) == set(REGIONS)

    @property
    def web_display(self) -> str:
        """The web address as people say it: no scheme, no trailing slash."""
        return self.web.removeprefix("https://").rstrip("/")


def months_before(today: dt.date, months: int) -> dt.date:
    """The same day `months` months before `today` (the month's last day if it is shorter)."""
    year, month = divmod(today.year * 12 + today.month - 1 - months, 12)
    month += 1
    next_month = dt.date(year + month // 12, month % 12 + 1, 1)
    return dt.date(year, month, min(today.day, (next_month - dt.timedelta(days=1)).day))


def checked_long_ago(contact: Contact, today: dt.date) -> bool:
    """Whether the contact's details were checked more than `STALE_AFTER_MONTHS` months before `today`
    (the computer's date, passed in so that it can be tested)."""
    return contact.checked < months_before(today, STALE_AFTER_MONTHS)


def stale_contacts(contacts: Mapping[str, Contact], today: dt.date) -> list[Contact]:
    """The contacts whose details were checked long ago (`checked_long_ago`), in file order."""
    return [contact for contact in contacts.values() if checked_long_ago(contact, today)]


def stale_warnings(contacts: Mapping[str, Contact], today: dt.date) -> list[str]:
    """One line per contact checked long ago, for `--self-test` (a warning: the app still works)."""
    return [
        f"contact {contact.id!r}: details checked {contact.checked.isoformat()}, more than "
        f"{STALE_AFTER_MONTHS} months before {today.isoformat()}: check them on the service's own website"
        for contact in stale_contacts(contacts, today)
    ]


def _entry_lines(text: str) -> list[int]:
    return [n for n, line in enumerate(text.splitlines(), 1) if line.strip() == "[[contact]]"]


def _entries_with_ids(text: str, ids: Collection[str]) -> str:
    """The `[[contact]]` entries of `text` whose `id = "..."` line names one of `ids`, as TOML text (line
    breaks kept in place, other entries left out). What comes before the first entry is kept too."""
    lines = text.splitlines(keepends=True)
    starts = [n - 1 for n in _entry_lines(text)] + [len(lines)]
    kept = lines[: starts[0]]
    wanted = {f'id = "{contact_id}"' for contact_id in ids}
    for start, end in itertools.pairwise(starts):
        entry = lines[start:end]
        if any(line.strip() in wanted for line in entry):
            kept += entry
    return "".join(kept)


def _check(raw: dict[str, object], path: Path, line: int | None) -> Contact:
    def fail(problem: str) -> DataFileError:
        return DataFileError(path, problem, line)

    unknown = set(raw) - _FIELDS
    missing = _FIELDS - set(raw)
    if unknown:
        raise fail(f"unknown field(s): {', '.join(sorted(unknown))}")
    if missing:
        raise fail(f"missing field(s): {', '.join(sorted(missing))}")
    for name in _TEXT_FIELDS:
        if not isinstance(raw[name], str):
            raise fail(f"'{name}' must be text")
    values = {name: str(raw[name]).strip() for name in _TEXT_FIELDS}
    for name in ("id", "name", "purpose", "ages", "hours", "source"):
        if not values[name]:
            raise fail(f"'{name}' is empty")
    if not _ID.match(values["id"]):
        raise fail(f"bad id {values['id']!r}")
    if not (values["phone"] or values["text"] or values["email"] or values["web"]):
        raise fail("a contact needs a phone number, text number, email or web address")
    for name in ("phone", "text"):
        if values[name] and not _PHONE.match(values[name]):
            raise fail(f"'{name}' {values[name]!r} is not a phone number")
    if values["email"] and not _EMAIL.match(values["email"]):
        raise fail(f"'email' {values['email']!r} is not an email address")
    if values["web"] and not _WEB.match(values["web"]):
        raise fail(f"'web' {values['web']!r} is not an https address")
    readers, regions, checked = raw["audiences"], raw["regions"], raw["checked"]
    if not isinstance(readers, list) or not readers or not all(is_reader(r) for r in readers):
        raise fail(f"'audiences' must list some of {', '.join(READERS)}")
    if not isinstance(regions, list) or not regions or not set(regions) <= set(REGIONS):
        raise fail(f"'regions' must list some of {', '.join(REGIONS)}")
    if not isinstance(checked, dt.date) or isinstance(checked, dt.datetime):
        raise fail("'checked' must be a date like 2026-11-28")
    return Contact(
        readers=tuple(r for r in readers if is_reader(r)),
        regions=tuple(str(r) for r in regions),
        checked=checked,
        **values,
    )


def load_contacts(path: Path, only: Collection[str] | None = None) -> dict[str, Contact]:
    """Read and check every contact, in file order; any fault raises DataFileError with its line.

    With `only`, just the contacts with those ids (found by their `id = "..."` line), read and checked
    the same way: the first screen needs two, and tomllib takes about 30 million instructions over the
    whole file. A fault elsewhere in the file is then not seen (reading every contact reports it)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise DataFileError(path, f"cannot be read ({error.__class__.__name__})") from error
    if only is not None:
        text = _entries_with_ids(text, only)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise DataFileError(path, f"is not valid TOML: {error}", toml_error_line(str(error))) from error
    if only is not None and not data:  # none of them is there
        return {}
    entries = data.get("contact")
    if set(data) != {"contact"} or not isinstance(entries, list):
        raise DataFileError(path, "must hold only [[contact]] entries")
    lines = _entry_lines(text)
    contacts: dict[str, Contact] = {}
    for index, raw in enumerate(entries):
        line = lines[index] if index < len(lines) else None
        contact = _check(raw, path, line)
        if contact.id in contacts:
            raise DataFileError(path, f"contact id {contact.id!r} appears twice", line)
        contacts[contact.id] = contact
    return contacts


def apply_contact_text(contacts: dict[str, Contact], path: Path) -> dict[str, Contact]:
    """Lay a translation of the contacts' words (resources/contact-text/<language>.toml: a table per
    contact id with name, purpose, ages and hours) over the contacts. Numbers and addresses are never
    translated: a text that types one, an unknown id or field, raises DataFileError with the line."""
    from safetyapp.core.wording import typed_contact  # here: only a translation needs it, and it costs start-up

    text, data = read_toml(path)
    lines = {line.strip()[1:-1]: n for n, line in enumerate(text.splitlines(), 1) if line.strip().startswith("[")}
    translated = dict(contacts)
    for contact_id, raw in data.items():
        line = lines.get(contact_id)
        if contact_id not in contacts:
            raise DataFileError(path, f"[{contact_id}]: no contact has this id", line)
        if not isinstance(raw, dict) or set(raw) != set(TRANSLATED_FIELDS):
            raise DataFileError(path, f"[{contact_id}]: needs exactly {', '.join(TRANSLATED_FIELDS)}", line)
        values = {}
        for field_name in TRANSLATED_FIELDS:
            value = raw[field_name]
            if not isinstance(value, str) or not value.strip():
                raise DataFileError(path, f"[{contact_id}]: '{field_name}' must be text", line)
            if found := typed_contact(value):
                raise DataFileError(
                    path, f"[{contact_id}]: '{field_name}' types a phone number, email or address ({found!r})", line
                )
            values[field_name] = value.strip()
        translated[contact_id] = contacts[contact_id]._replace(
            name=values["name"],
            purpose=values["purpose"],
            ages=values["ages"],
            hours=values["hours"],
        )
    return translated
