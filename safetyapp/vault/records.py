"""What the notes store holds: cases with accounts, a timeline, demands and reports made. Never images.

Plain dataclasses with `to_dict` / `from_dict`. `from_dict` is strict: every key must be there, no
others, every value of the right type, or it raises `RecordError` naming where (never what) the
problem is. Length limits and the image-data check are for input (`check_text`), not for reading:
a store written with other limits must still open, because nothing the user entered may be lost.

No user-facing text here, except the platform names in `PLATFORMS`: problem codes go to the UI,
which says them in the user's language (generic labels such as "Other" and "Email" are meant to be
translated there, for example with QT_TRANSLATE_NOOP over the ids).
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, TypeVar

SCHEMA_VERSION = 1

PLATFORMS: tuple[tuple[str, str], ...] = (
    ("snapchat", "Snapchat"),
    ("instagram", "Instagram"),
    ("tiktok", "TikTok"),
    ("whatsapp", "WhatsApp"),
    ("discord", "Discord"),
    ("facebook", "Facebook"),
    ("messenger", "Messenger"),
    ("x", "X (Twitter)"),
    ("telegram", "Telegram"),
    ("wink", "Wink"),
    ("video-chat", "Omegle-style video chat"),
    ("roblox", "Roblox"),
    ("fortnite", "Fortnite/Epic"),
    ("xbox", "Xbox"),
    ("playstation", "PlayStation"),
    ("steam", "Steam"),
    ("kik", "Kik"),
    ("wizz", "Wizz"),
    ("yubo", "Yubo"),
    ("dating", "Hinge/Tinder/dating apps"),
    ("email", "Email"),
    ("text-message", "Text message"),
    ("other", "Other"),
)
PLATFORM_IDS: frozenset[str] = frozenset(pid for pid, _ in PLATFORMS)

# The kinds of event on a timeline, the one list of them, in the order they are offered: id -> the
# English name a report uses by default. The UI says each in the user's language (ui/notes/words.py).
EVENT_KIND_NAMES: dict[str, str] = {
    "first-contact": "First contact",
    "asked-for-images": "Asked for images",
    "threatened": "Threatened",
    "demanded-money": "Demanded money",
    "paid": "Paid",
    "blocked": "Blocked",
    "reported": "Reported",
    "other": "Other",
}
EVENT_KINDS: tuple[str, ...] = tuple(EVENT_KIND_NAMES)
_EVENT_KIND_SET = frozenset(EVENT_KINDS)
PAYMENT_METHODS: tuple[str, ...] = ("bank-transfer", "gift-card", "cryptocurrency", "other")

# Input limits in characters (code points), per field name.
LIMITS: dict[str, int] = {
    "title": 200,
    "username": 200,
    "display_name": 200,
    "profile_link": 2000,
    "notes": 5000,
    "text": 5000,
    "amount": 50,
    "currency": 20,
    "payment_details": 1000,
    "to_whom": 200,
    "reference": 200,
}

TOO_LONG = "too-long"
IMAGE_DATA = "image-data"

# One pattern, so checking every text in a large store stays quick:
# - a data:image/ address (any case, spaces allowed after the colon);
# - base64 (standard or URL-safe) that starts like a PNG, JPEG, GIF or RIFF/WebP file and runs on for
#   60+ more characters (line breaks allowed): an image, not a username;
# - the raw first bytes of a PNG or JPEG file pasted as text.
_IMAGE = re.compile(
    r"(?i:data:\s*image/)"
    r"|(?:iVBORw0KGgo|/9j/|_9j_|R0lGOD|UklGR)[A-Za-z0-9+/_\-=\r\n]{60,}"
    "|\x89PNG\r\n|\xff\xd8\xff"
)


def has_image_data(value: str) -> bool:
    """True if the text carries an image: a data:image/ address, base64 of an image file, or raw image bytes."""
    # Plain substring tests first (fast, in C): almost no text has any of these, and the regex runs only
    # on the rest. A data: address always has a colon and "image/".
    maybe = (
        (":" in value and "image/" in value.lower())
        or "iVBORw0KGgo" in value
        or "9j" in value
        or "R0lGOD" in value
        or "UklGR" in value
        or "\x89PNG" in value
        or "\xff\xd8\xff" in value
    )
    return maybe and _IMAGE.search(value) is not None


def check_text(field: str, value: str) -> str | None:
    """The problem with a value typed into `field` (a key of LIMITS): IMAGE_DATA, TOO_LONG, or None."""
    try:
        limit = LIMITS[field]
    except KeyError:
        raise ValueError(f"no limit for field {field!r}") from None
    if has_image_data(value):
        return IMAGE_DATA
    if len(value) > limit:
        return TOO_LONG
    return None


class RecordError(ValueError):
    """A record is not what this version expects. `where` is a path such as "cases[2].events[5].when"."""

    def __init__(self, where: str, problem: str) -> None:
        self.where = where
        self.problem = problem
        super().__init__(f"{where}: {problem}")


class RecordTooNew(RecordError):
    """The data was written with a newer schema than this version knows."""

    def __init__(self, where: str, schema: int) -> None:
        self.schema = schema
        super().__init__(where, f"schema {schema} is newer than {SCHEMA_VERSION}")


# ---------------------------------------------------------------- strict reading helpers


def _object(value: object, where: str, keys: frozenset[str]) -> dict[str, Any]:
    if type(value) is not dict:
        raise RecordError(where, "expected an object")
    if value.keys() != keys:
        missing = sorted(keys - value.keys())
        extra = len(value.keys() - keys)
        raise RecordError(where, f"missing {missing}, {extra} unexpected key(s)")
    return value


def _str(raw: dict[str, Any], key: str, where: str) -> str:
    value = raw[key]
    if type(value) is not str:
        raise RecordError(f"{where}.{key}", "expected a string")
    return value


def _choice(raw: dict[str, Any], key: str, where: str, allowed: frozenset[str] | tuple[str, ...]) -> str:
    value = _str(raw, key, where)
    if value not in allowed:
        raise RecordError(f"{where}.{key}", "not one of the known values")
    return value


def _list(raw: dict[str, Any], key: str, where: str) -> list[Any]:
    value = raw[key]
    if type(value) is not list:
        raise RecordError(f"{where}.{key}", "expected a list")
    return value


def _utc_text(when: dt.datetime) -> str:
    return when.astimezone(dt.UTC).isoformat()[:-6] + "Z"  # "...+00:00" -> "...Z"


_UTC_TEXT = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{6})?Z", re.ASCII)


def _utc_from_text(raw: dict[str, Any], key: str, where: str) -> dt.datetime:
    text = _str(raw, key, where)
    if not _UTC_TEXT.fullmatch(text):
        raise RecordError(f"{where}.{key}", "expected a UTC time like 2024-05-01T12:00:00Z")
    try:
        return dt.datetime.fromisoformat(text)  # "Z" gives UTC (Python 3.11+)
    except ValueError:
        raise RecordError(f"{where}.{key}", "not a valid time") from None


@lru_cache(maxsize=256)
def _fixed_zone(minutes: int) -> dt.tzinfo:
    return dt.UTC if minutes == 0 else dt.timezone(dt.timedelta(minutes=minutes))


MAX_OFFSET_MINUTES = 18 * 60
_MAX_OFFSET = dt.timedelta(minutes=MAX_OFFSET_MINUTES)


def _aware(value: object, name: str) -> dt.datetime:
    if not isinstance(value, dt.datetime) or value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{name} must be a timezone-aware datetime")
    return value


def _need_str(value: object, where: str) -> None:
    if type(value) is not str:
        raise RecordError(where, "expected a string")


def _need_choice(value: object, where: str, allowed: frozenset[str] | tuple[str, ...]) -> None:
    if type(value) is not str or value not in allowed:
        raise RecordError(where, "not one of the known values")


def _need_aware(value: object, where: str) -> dt.datetime:
    if not isinstance(value, dt.datetime) or value.tzinfo is None or value.utcoffset() is None:
        raise RecordError(where, "expected a timezone-aware time")
    return value


def _need_list(value: object, where: str, kind: type) -> list[Any]:
    if type(value) is not list:
        raise RecordError(where, "expected a list")
    for i, item in enumerate(value):
        if type(item) is not kind:
            raise RecordError(f"{where}[{i}]", f"expected {kind.__name__}")
    return value


# ---------------------------------------------------------------- the records


_ACCOUNT_KEYS = frozenset({"platform", "username", "display_name", "profile_link", "notes"})


@dataclass
class Account:
    platform: str = "other"
    username: str = ""
    display_name: str = ""
    profile_link: str = ""
    notes: str = ""

    def __post_init__(self) -> None:
        if self.platform not in PLATFORM_IDS:
            raise ValueError("unknown platform id")

    def to_dict(self) -> dict[str, Any]:
        return {
            "platform": self.platform,
            "username": self.username,
            "display_name": self.display_name,
            "profile_link": self.profile_link,
            "notes": self.notes,
        }

    def check(self, where: str = "account") -> None:
        """Raise RecordError if this would not read back (a field set to the wrong type after creation)."""
        _need_choice(self.platform, f"{where}.platform", PLATFORM_IDS)
        for name in ("username", "display_name", "profile_link", "notes"):
            _need_str(getattr(self, name), f"{where}.{name}")

    @classmethod
    def from_dict(cls, value: object, where: str = "account") -> Account:
        raw = _object(value, where, _ACCOUNT_KEYS)
        return cls(
            platform=_choice(raw, "platform", where, PLATFORM_IDS),
            username=_str(raw, "username", where),
            display_name=_str(raw, "display_name", where),
            profile_link=_str(raw, "profile_link", where),
            notes=_str(raw, "notes", where),
        )


_EVENT_KEYS = frozenset({"when_utc", "utc_offset_minutes", "kind", "text"})


@dataclass
class Event:
    """Something that happened. `when` is timezone-aware; it is kept as the UTC time plus the offset
    the user was at, so it can be shown in local time and exported with both."""

    when: dt.datetime
    kind: str = "other"
    text: str = ""

    def __post_init__(self) -> None:
        when = _aware(self.when, "when")
        offset = when.utcoffset()
        assert offset is not None
        minutes = round(offset.total_seconds() / 60)
        if abs(minutes) > MAX_OFFSET_MINUTES:
            raise ValueError("UTC offset out of range")
        # A fixed offset in whole minutes: the same instant, and exactly what a round trip gives back.
        try:
            self.when = when.astimezone(_fixed_zone(minutes))
            self.when.astimezone(dt.UTC)
        except OverflowError:
            raise ValueError("time out of range") from None
        if self.kind not in EVENT_KINDS:
            raise ValueError("unknown event kind")

    @property
    def utc(self) -> dt.datetime:
        return self.when.astimezone(dt.UTC)

    @property
    def offset_minutes(self) -> int:
        offset = self.when.utcoffset()
        assert offset is not None
        return round(offset.total_seconds() / 60)

    def to_dict(self) -> dict[str, Any]:
        when = self.when
        offset = when.utcoffset()
        assert offset is not None
        return {
            "when_utc": when.astimezone(dt.UTC).isoformat()[:-6] + "Z",  # "...+00:00" -> "...Z"
            "utc_offset_minutes": round(offset.total_seconds() / 60),
            "kind": self.kind,
            "text": self.text,
        }

    def check(self, where: str = "event") -> None:
        """Raise RecordError if this would not read back."""
        when = self.when
        offset = when.utcoffset() if isinstance(when, dt.datetime) else None
        if offset is None:
            raise RecordError(f"{where}.when", "expected a timezone-aware time")
        if not -_MAX_OFFSET <= offset <= _MAX_OFFSET:
            raise RecordError(f"{where}.when", "UTC offset out of range")
        if type(self.kind) is not str or self.kind not in _EVENT_KIND_SET:
            raise RecordError(f"{where}.kind", "not one of the known values")
        if type(self.text) is not str:
            raise RecordError(f"{where}.text", "expected a string")

    @classmethod
    def from_dict(cls, value: object, where: str = "event") -> Event:
        # The hot path when opening a large store: checks everything __post_init__ would, once, inline.
        raw = _object(value, where, _EVENT_KEYS)
        utc = _utc_from_text(raw, "when_utc", where)
        minutes = raw["utc_offset_minutes"]
        if type(minutes) is not int or abs(minutes) > MAX_OFFSET_MINUTES:
            raise RecordError(f"{where}.utc_offset_minutes", "expected whole minutes within 18 hours")
        try:
            when = utc.astimezone(_fixed_zone(minutes))
        except OverflowError:
            raise RecordError(f"{where}.when_utc", "out of range with its offset") from None
        kind = raw["kind"]
        if type(kind) is not str or kind not in _EVENT_KIND_SET:
            raise RecordError(f"{where}.kind", "not one of the known values")
        text = raw["text"]
        if type(text) is not str:
            raise RecordError(f"{where}.text", "expected a string")
        event = cls.__new__(cls)
        event.when, event.kind, event.text = when, kind, text
        return event


_DEMAND_KEYS = frozenset({"amount", "currency", "method", "payment_details", "notes"})


@dataclass
class Demand:
    """What was demanded. The amount is text as the user typed it ("500", "£50 a week")."""

    amount: str = ""
    currency: str = ""
    method: str = "other"
    payment_details: str = ""
    notes: str = ""

    def __post_init__(self) -> None:
        if self.method not in PAYMENT_METHODS:
            raise ValueError("unknown payment method")

    def to_dict(self) -> dict[str, Any]:
        return {
            "amount": self.amount,
            "currency": self.currency,
            "method": self.method,
            "payment_details": self.payment_details,
            "notes": self.notes,
        }

    def check(self, where: str = "demand") -> None:
        """Raise RecordError if this would not read back."""
        _need_choice(self.method, f"{where}.method", PAYMENT_METHODS)
        for name in ("amount", "currency", "payment_details", "notes"):
            _need_str(getattr(self, name), f"{where}.{name}")

    @classmethod
    def from_dict(cls, value: object, where: str = "demand") -> Demand:
        raw = _object(value, where, _DEMAND_KEYS)
        return cls(
            amount=_str(raw, "amount", where),
            currency=_str(raw, "currency", where),
            method=_choice(raw, "method", where, PAYMENT_METHODS),
            payment_details=_str(raw, "payment_details", where),
            notes=_str(raw, "notes", where),
        )


_REPORT_KEYS = frozenset({"to_whom", "date", "reference"})


@dataclass
class ReportMade:
    """A report the user made: to whom, on what day (None if not known), and its reference number."""

    to_whom: str = ""
    date: dt.date | None = None
    reference: str = ""

    def __post_init__(self) -> None:
        if self.date is not None and (not isinstance(self.date, dt.date) or isinstance(self.date, dt.datetime)):
            raise ValueError("date must be a date or None")

    def to_dict(self) -> dict[str, Any]:
        return {
            "to_whom": self.to_whom,
            "date": None if self.date is None else self.date.isoformat(),
            "reference": self.reference,
        }

    def check(self, where: str = "report") -> None:
        """Raise RecordError if this would not read back."""
        _need_str(self.to_whom, f"{where}.to_whom")
        _need_str(self.reference, f"{where}.reference")
        if self.date is not None and type(self.date) is not dt.date:
            raise RecordError(f"{where}.date", "expected a date or None")

    @classmethod
    def from_dict(cls, value: object, where: str = "report") -> ReportMade:
        raw = _object(value, where, _REPORT_KEYS)
        date_text = raw["date"]
        date: dt.date | None = None
        if date_text is not None:
            if type(date_text) is not str or len(date_text) != 10:
                raise RecordError(f"{where}.date", "expected YYYY-MM-DD or null")
            try:
                date = dt.date.fromisoformat(date_text)
            except ValueError:
                raise RecordError(f"{where}.date", "not a valid date") from None
        return cls(to_whom=_str(raw, "to_whom", where), date=date, reference=_str(raw, "reference", where))


_CASE_KEYS = frozenset({"id", "title", "created", "updated", "accounts", "events", "demands", "reports", "notes"})
_CASE_ID = re.compile(r"[0-9a-f]{32}")


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclass
class Case:
    id: str
    title: str
    created: dt.datetime
    updated: dt.datetime
    accounts: list[Account] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    demands: list[Demand] = field(default_factory=list)
    reports: list[ReportMade] = field(default_factory=list)
    notes: str = ""

    def __post_init__(self) -> None:
        if not isinstance(self.id, str) or not _CASE_ID.fullmatch(self.id):
            raise ValueError("case id must be 32 lowercase hex digits")
        _aware(self.created, "created")
        _aware(self.updated, "updated")

    @classmethod
    def new(cls, title: str = "", *, now: dt.datetime | None = None) -> Case:
        """A new, empty case with a fresh random id."""
        when = now if now is not None else _now()
        return cls(id=uuid.uuid4().hex, title=title, created=when, updated=when)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "created": _utc_text(self.created),
            "updated": _utc_text(self.updated),
            "accounts": [a.to_dict() for a in self.accounts],
            "events": [e.to_dict() for e in self.events],
            "demands": [d.to_dict() for d in self.demands],
            "reports": [r.to_dict() for r in self.reports],
            "notes": self.notes,
        }

    def check(self, where: str = "case") -> None:
        """Raise RecordError if this case would not read back, naming the first place that would fail."""
        if type(self.id) is not str or not _CASE_ID.fullmatch(self.id):
            raise RecordError(f"{where}.id", "expected 32 lowercase hex digits")
        _need_str(self.title, f"{where}.title")
        _need_str(self.notes, f"{where}.notes")
        _need_aware(self.created, f"{where}.created")
        _need_aware(self.updated, f"{where}.updated")
        for i, account in enumerate(_need_list(self.accounts, f"{where}.accounts", Account)):
            account.check(f"{where}.accounts[{i}]")
        for i, event in enumerate(_need_list(self.events, f"{where}.events", Event)):
            event.check(f"{where}.events[{i}]")
        for i, demand in enumerate(_need_list(self.demands, f"{where}.demands", Demand)):
            demand.check(f"{where}.demands[{i}]")
        for i, report in enumerate(_need_list(self.reports, f"{where}.reports", ReportMade)):
            report.check(f"{where}.reports[{i}]")

    @classmethod
    def from_dict(cls, value: object, where: str = "case") -> Case:
        raw = _object(value, where, _CASE_KEYS)
        case_id = _str(raw, "id", where)
        if not _CASE_ID.fullmatch(case_id):
            raise RecordError(f"{where}.id", "expected 32 lowercase hex digits")
        return cls(
            id=case_id,
            title=_str(raw, "title", where),
            created=_utc_from_text(raw, "created", where),
            updated=_utc_from_text(raw, "updated", where),
            accounts=[
                Account.from_dict(v, f"{where}.accounts[{i}]") for i, v in enumerate(_list(raw, "accounts", where))
            ],
            events=[Event.from_dict(v, f"{where}.events[{i}]") for i, v in enumerate(_list(raw, "events", where))],
            demands=[Demand.from_dict(v, f"{where}.demands[{i}]") for i, v in enumerate(_list(raw, "demands", where))],
            reports=[
                ReportMade.from_dict(v, f"{where}.reports[{i}]") for i, v in enumerate(_list(raw, "reports", where))
            ],
            notes=_str(raw, "notes", where),
        )

    def texts(self, where: str = "case") -> Iterator[tuple[str, str, str]]:
        """Every free-text value as (where, field name in LIMITS, value)."""
        yield f"{where}.title", "title", self.title
        yield f"{where}.notes", "notes", self.notes
        for i, a in enumerate(self.accounts):
            w = f"{where}.accounts[{i}]"
            yield f"{w}.username", "username", a.username
            yield f"{w}.display_name", "display_name", a.display_name
            yield f"{w}.profile_link", "profile_link", a.profile_link
            yield f"{w}.notes", "notes", a.notes
        for i, e in enumerate(self.events):
            yield f"{where}.events[{i}].text", "text", e.text
        for i, d in enumerate(self.demands):
            w = f"{where}.demands[{i}]"
            yield f"{w}.amount", "amount", d.amount
            yield f"{w}.currency", "currency", d.currency
            yield f"{w}.payment_details", "payment_details", d.payment_details
            yield f"{w}.notes", "notes", d.notes
        for i, r in enumerate(self.reports):
            w = f"{where}.reports[{i}]"
            yield f"{w}.to_whom", "to_whom", r.to_whom
            yield f"{w}.reference", "reference", r.reference


_DATA_KEYS = frozenset({"schema", "cases"})

_Record = TypeVar("_Record")


def _copy_record(record: _Record) -> _Record:
    """A new record with the same values, and its lists (of records) copied the same way."""
    copied = object.__new__(type(record))
    for name, value in vars(record).items():
        setattr(copied, name, [_copy_record(item) for item in value] if type(value) is list else value)
    return copied


@dataclass
class VaultData:
    cases: list[Case] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"schema": SCHEMA_VERSION, "cases": [c.to_dict() for c in self.cases]}

    @classmethod
    def from_dict(cls, value: object) -> VaultData:
        if type(value) is dict and type(value.get("schema")) is int and value["schema"] > SCHEMA_VERSION:
            raise RecordTooNew("data.schema", value["schema"])
        raw = _object(value, "data", _DATA_KEYS)
        if type(raw["schema"]) is not int or raw["schema"] != SCHEMA_VERSION:
            raise RecordError("data.schema", f"expected {SCHEMA_VERSION}")
        cases = [Case.from_dict(v, f"cases[{i}]") for i, v in enumerate(_list(raw, "cases", "data"))]
        seen: set[str] = set()
        for i, case in enumerate(cases):
            if case.id in seen:
                raise RecordError(f"cases[{i}].id", "duplicate case id")
            seen.add(case.id)
        return cls(cases=cases)

    def check(self) -> None:
        """Raise RecordError if this data would not read back with from_dict (a field given the wrong type
        after construction, a duplicate case id). Much quicker than a round trip through from_dict."""
        seen: set[str] = set()
        for i, case in enumerate(_need_list(self.cases, "data.cases", Case)):
            case.check(f"cases[{i}]")
            if case.id in seen:
                raise RecordError(f"cases[{i}].id", "duplicate case id")
            seen.add(case.id)

    def texts(self) -> Iterator[tuple[str, str, str]]:
        """Every free-text value in every case as (where, field name in LIMITS, value)."""
        for i, case in enumerate(self.cases):
            yield from case.texts(f"cases[{i}]")

    def image_data_at(self) -> list[str]:
        """Where (paths like "cases[0].events[3].text") text carrying image data is; empty if nowhere."""
        return [where for where, _, value in self.texts() if has_image_data(value)]

    def problems(self) -> list[tuple[str, str]]:
        """Every (where, problem code) that check_text finds; for input checks and tests."""
        found = []
        for where, name, value in self.texts():
            problem = check_text(name, value)
            if problem is not None:
                found.append((where, problem))
        return found

    def copy(self) -> VaultData:
        """A copy that shares nothing that can be changed with this one (texts and times cannot be)."""
        return _copy_record(self)
