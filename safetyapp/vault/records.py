"""What the notes store holds: cases with accounts, a timeline, demands and reports made. Never images.

Dataclasses whose fields say in their metadata what they hold (`record_fields`, `record_codec`), from which `to_dict`,
the strict `from_dict` (raising `RecordError` naming where, never what, the problem is), `check` and
`texts` follow: each field is spelled once. Length limits and the image-data check are for input
(`check_text`), not for reading: a store written with other limits must still open, because nothing
the user entered may be lost.

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
from typing import Any, ClassVar

from safetyapp.vault.record_codec import Record, copy_record, free_text_limits
from safetyapp.vault.record_fields import (
    RecordError,
    added_later,
    choice,
    day,
    free_text,
    going,
    hex_id,
    local_time,
    maybe_local_time,
    need_list,
    read_list,
    read_object,
    records,
    utc_time,
)

# Schema 2 added whether and how a demand was paid, the amount paid, and the user's own accounts. A store
# that uses none of them is still written as schema 1, byte for byte as before; one that does says 2, so
# a version that knows only 1 says it was made by a newer version instead of calling it damaged.
SCHEMA_VERSION = 2
FIRST_SCHEMA = 1

PLATFORMS: tuple[tuple[str, str], ...] = (
    # The platforms the app has a guide for: resources/guides/platforms.toml, the one list My notes offers,
    # repeated here because the store cannot read the advice's files (tests/ui/notes/test_platforms.py
    # fails if the two differ).
    ("snapchat", "Snapchat"),
    ("instagram", "Instagram"),
    ("tiktok", "TikTok"),
    ("whatsapp", "WhatsApp"),
    ("discord", "Discord"),
    ("roblox", "Roblox"),
    ("facebook", "Facebook and Messenger"),
    ("x", "X (Twitter)"),
    ("telegram", "Telegram"),
    ("youtube", "YouTube"),
    ("xbox", "Xbox"),
    ("playstation", "PlayStation"),
    ("fortnite", "Fortnite (Epic Games)"),
    ("twitch", "Twitch"),
    ("wizz", "Wizz"),
    ("yubo", "Yubo"),
    ("other", "Other"),
    # Offered by earlier versions and kept so that their stores still open and show what was chosen; no
    # longer offered (ui/notes/words.py, OLD_PLATFORMS, says which guide helps with each).
    ("messenger", "Messenger"),
    ("wink", "Wink"),
    ("video-chat", "Omegle-style video chat"),
    ("steam", "Steam"),
    ("kik", "Kik"),
    ("dating", "Hinge/Tinder/dating apps"),
    ("email", "Email"),
    ("text-message", "Text message"),
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
# The ways a demand asks to be paid, the one list of them, in the order they are offered: id -> the
# English name a report uses by default. The UI says each in the user's language (ui/notes/words.py).
PAYMENT_METHOD_NAMES: dict[str, str] = {
    "bank-transfer": "Bank transfer",
    "gift-card": "Gift card",
    "cryptocurrency": "Cryptocurrency",
    "other": "Other",
}
PAYMENT_METHODS: tuple[str, ...] = tuple(PAYMENT_METHOD_NAMES)
# Whether a demand was paid, the one list of answers: id -> the English word a report uses by default.
PAID_NAMES: dict[str, str] = {
    "not-known": "Not known",
    "no": "No",
    "yes": "Yes",
}
PAID_ANSWERS: tuple[str, ...] = tuple(PAID_NAMES)

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


class RecordTooNew(RecordError):
    """The data was written with a newer schema than this version knows."""

    def __init__(self, where: str, schema: int) -> None:
        self.schema = schema
        super().__init__(where, f"schema {schema} is newer than {SCHEMA_VERSION}")


# ---------------------------------------------------------------- the records
# Each field says once what it holds (record_fields): its key, its type, its input limit if it is free
# text. Writing, reading, checking and the free-text list all follow from that, in field order.


@dataclass
class Account(Record):
    WHERE: ClassVar[str] = "account"

    platform: str = field(default="other", metadata=choice(PLATFORM_IDS))
    username: str = field(default="", metadata=free_text(200))
    display_name: str = field(default="", metadata=free_text(200))
    profile_link: str = field(default="", metadata=free_text(2000))
    notes: str = field(default="", metadata=free_text(5000))


@dataclass
class Event(Record):
    """Something that happened. `when` is timezone-aware; it is kept as the UTC time plus the offset
    the user was at, so it can be shown in local time and exported with both."""

    WHERE: ClassVar[str] = "event"

    when: dt.datetime = field(metadata=local_time())
    kind: str = field(default="other", metadata=choice(EVENT_KINDS))
    text: str = field(default="", metadata=free_text(5000))

    @property
    def utc(self) -> dt.datetime:
        return self.when.astimezone(dt.UTC)

    @property
    def offset_minutes(self) -> int:
        offset = self.when.utcoffset()
        assert offset is not None
        return round(offset.total_seconds() / 60)


def amount_with_currency(amount: str, currency: str) -> str:
    """An amount and a separate currency (as schema 1 kept them) as one text: "£100", "100 GBP"."""
    amount, currency = amount.strip(), currency.strip()
    if not currency or currency in amount:
        return amount
    if not amount:
        return currency
    if len(currency) == 1 and not currency.isalnum():  # a symbol such as £, $ or €
        return currency + amount
    return f"{amount} {currency}"


@dataclass
class Demand(Record):
    """What was demanded, and whether it was paid. Amounts are text as the user typed them, with their
    currency ("£500", "50 USD a week"). `currency` is only for demands written before the amount held
    it: `amount_text` shows the two as one, and `set_amount` makes them one."""

    WHERE: ClassVar[str] = "demand"

    amount: str = field(default="", metadata=free_text(50))
    currency: str = field(default="", metadata=going(free_text(20)))
    method: str = field(default="other", metadata=choice(PAYMENT_METHODS))
    payment_details: str = field(default="", metadata=free_text(1000))
    notes: str = field(default="", metadata=free_text(5000))
    paid: str = field(default="not-known", metadata=added_later(choice(PAID_ANSWERS)))
    paid_how: str = field(default="other", metadata=added_later(choice(PAYMENT_METHODS)))
    paid_when: dt.datetime | None = field(default=None, metadata=added_later(maybe_local_time()))
    amount_paid: str = field(default="", metadata=added_later(free_text(50)))

    @property
    def amount_text(self) -> str:
        return amount_with_currency(self.amount, self.currency)

    def set_amount(self, text: str) -> None:
        """The amount with its currency, as typed; the separate currency of an older demand goes."""
        self.amount = text
        self.currency = ""


@dataclass
class ReportMade(Record):
    """A report the user made: to whom, on what day (None if not known), and its reference number."""

    WHERE: ClassVar[str] = "report"

    to_whom: str = field(default="", metadata=free_text(200))
    date: dt.date | None = field(default=None, metadata=day())
    reference: str = field(default="", metadata=free_text(200))


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclass
class Case(Record):
    WHERE: ClassVar[str] = "case"

    id: str = field(metadata=hex_id())
    title: str = field(metadata=free_text(200))
    created: dt.datetime = field(metadata=utc_time())
    updated: dt.datetime = field(metadata=utc_time())
    accounts: list[Account] = field(default_factory=list, metadata=records(Account))
    events: list[Event] = field(default_factory=list, metadata=records(Event))
    demands: list[Demand] = field(default_factory=list, metadata=records(Demand))
    reports: list[ReportMade] = field(default_factory=list, metadata=records(ReportMade))
    notes: str = field(default="", metadata=free_text(5000))
    # The accounts of the person this is happening to (platforms and the police ask for them).
    own_accounts: list[Account] = field(default_factory=list, metadata=added_later(records(Account)))

    @classmethod
    def new(cls, title: str = "", *, now: dt.datetime | None = None) -> Case:
        """A new, empty case with a fresh random id."""
        when = now if now is not None else _now()
        return cls(id=uuid.uuid4().hex, title=title, created=when, updated=when)


# Input limits in characters (code points), per free-text field name.
LIMITS: dict[str, int] = free_text_limits(Case, Account, Event, Demand, ReportMade)

_DATA_KEYS = frozenset({"schema", "cases"})


@dataclass
class VaultData:
    cases: list[Case] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        schema = SCHEMA_VERSION if any(c.uses_later_fields() for c in self.cases) else FIRST_SCHEMA
        return {"schema": schema, "cases": [c.to_dict() for c in self.cases]}

    @classmethod
    def from_dict(cls, value: object) -> VaultData:
        if type(value) is dict and type(value.get("schema")) is int and value["schema"] > SCHEMA_VERSION:
            raise RecordTooNew("data.schema", value["schema"])
        raw = read_object(value, "data", _DATA_KEYS)
        if type(raw["schema"]) is not int or not FIRST_SCHEMA <= raw["schema"] <= SCHEMA_VERSION:
            raise RecordError("data.schema", f"expected {FIRST_SCHEMA} to {SCHEMA_VERSION}")
        cases = [Case.from_dict(v, f"cases[{i}]") for i, v in enumerate(read_list(raw, "cases", "data"))]
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
        for i, case in enumerate(need_list(self.cases, "data.cases", Case)):
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
        return copy_record(self)
