"""How a record is written, read and checked, from its fields: each field of a record says what it holds.

A record is a dataclass deriving from `Record` whose fields have metadata made by the functions here
(`free_text`, `choice`, `hex_id`, `utc_time`, `local_time`, `day`, `records`): each holds a
`FieldKind`, which knows the field's keys in the stored JSON, how to write it, how to read it
strictly, how to check it before writing, and what a new record may hold (ValueError otherwise).
Free-text fields also carry their input limit. Keys are written in field order, fields are read and
checked in field order, and the free-text list is a record's own free-text fields, then those of its
lists, item by item. Reading makes records without `__post_init__`: each reader checks as much.

Reading is strict: every key must be there, no others, every value of the right type, or it raises
`RecordError` naming where (never what) the problem is.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, ClassVar, Self, TypeVar

_KIND = "kind"
_LIMIT = "limit"

MAX_OFFSET_MINUTES = 18 * 60
_MAX_OFFSET = dt.timedelta(minutes=MAX_OFFSET_MINUTES)


class RecordError(ValueError):
    """A record is not what this version expects. `where` is a path such as "cases[2].events[5].when"."""

    def __init__(self, where: str, problem: str) -> None:
        self.where = where
        self.problem = problem
        super().__init__(f"{where}: {problem}")


# ---------------------------------------------------------------- strict reading helpers


def read_object(value: object, where: str, keys: frozenset[str]) -> dict[str, Any]:
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


def read_list(raw: dict[str, Any], key: str, where: str) -> list[Any]:
    value = raw[key]
    if type(value) is not list:
        raise RecordError(f"{where}.{key}", "expected a list")
    return value


def need_list(value: object, where: str, kind: type) -> list[Any]:
    if type(value) is not list:
        raise RecordError(where, "expected a list")
    for i, item in enumerate(value):
        if type(item) is not kind:
            raise RecordError(f"{where}[{i}]", f"expected {kind.__name__}")
    return value


def _aware(value: object, name: str) -> dt.datetime:
    if not isinstance(value, dt.datetime) or value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{name} must be a timezone-aware datetime")
    return value


@lru_cache(maxsize=256)
def _fixed_zone(minutes: int) -> dt.tzinfo:
    return dt.UTC if minutes == 0 else dt.timezone(dt.timedelta(minutes=minutes))


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


# ---------------------------------------------------------------- what a field holds


class FieldKind:
    """What one field holds: written under its name by default, as the value itself."""

    def keys(self, name: str) -> tuple[str, ...]:
        return (name,)

    def write(self, value: Any, name: str, out: dict[str, Any]) -> None:
        out[name] = value

    def read(self, raw: dict[str, Any], name: str, where: str) -> Any:
        raise NotImplementedError

    def check(self, value: Any, where: str, name: str) -> None:
        """Raise RecordError (at `where.name`) if `value` would not read back."""
        raise NotImplementedError

    def made(self, value: Any, name: str) -> Any:
        """The value a new record keeps for `value`; ValueError if it cannot hold it."""
        return value


class _Text(FieldKind):
    def read(self, raw: dict[str, Any], name: str, where: str) -> Any:
        value = raw[name]
        if type(value) is not str:
            raise RecordError(f"{where}.{name}", "expected a string")
        return value

    def check(self, value: Any, where: str, name: str) -> None:
        if type(value) is not str:
            raise RecordError(f"{where}.{name}", "expected a string")


class _Choice(FieldKind):
    def __init__(self, allowed: frozenset[str]) -> None:
        self.allowed = allowed

    def read(self, raw: dict[str, Any], name: str, where: str) -> Any:
        value = raw[name]
        if type(value) is not str:
            raise RecordError(f"{where}.{name}", "expected a string")
        if value not in self.allowed:
            raise RecordError(f"{where}.{name}", "not one of the known values")
        return value

    def check(self, value: Any, where: str, name: str) -> None:
        if type(value) is not str or value not in self.allowed:
            raise RecordError(f"{where}.{name}", "not one of the known values")

    def made(self, value: Any, name: str) -> Any:
        if value not in self.allowed:
            raise ValueError(f"unknown {name}")
        return value


_HEX_ID = re.compile(r"[0-9a-f]{32}")


def is_hex_id(value: object) -> bool:
    return type(value) is str and _HEX_ID.fullmatch(value) is not None


class _HexId(FieldKind):
    def read(self, raw: dict[str, Any], name: str, where: str) -> Any:
        value = _str(raw, name, where)
        if not is_hex_id(value):
            raise RecordError(f"{where}.{name}", "expected 32 lowercase hex digits")
        return value

    def check(self, value: Any, where: str, name: str) -> None:
        if not is_hex_id(value):
            raise RecordError(f"{where}.{name}", "expected 32 lowercase hex digits")

    def made(self, value: Any, name: str) -> Any:
        if not is_hex_id(value):
            raise ValueError(f"{name} must be 32 lowercase hex digits")
        return value


class _UtcTime(FieldKind):
    def write(self, value: Any, name: str, out: dict[str, Any]) -> None:
        out[name] = _utc_text(value)

    def read(self, raw: dict[str, Any], name: str, where: str) -> Any:
        return _utc_from_text(raw, name, where)

    def check(self, value: Any, where: str, name: str) -> None:
        if not isinstance(value, dt.datetime) or value.tzinfo is None or value.utcoffset() is None:
            raise RecordError(f"{where}.{name}", "expected a timezone-aware time")

    def made(self, value: Any, name: str) -> Any:
        return _aware(value, name)


class _LocalTime(FieldKind):
    """A time where the user was: stored as the UTC time plus the offset in whole minutes."""

    def keys(self, name: str) -> tuple[str, ...]:
        return (f"{name}_utc", "utc_offset_minutes")

    def write(self, value: Any, name: str, out: dict[str, Any]) -> None:
        offset = value.utcoffset()
        assert offset is not None
        out[f"{name}_utc"] = _utc_text(value)
        out["utc_offset_minutes"] = round(offset.total_seconds() / 60)

    def read(self, raw: dict[str, Any], name: str, where: str) -> Any:
        key = f"{name}_utc"
        utc = _utc_from_text(raw, key, where)
        minutes = raw["utc_offset_minutes"]
        if type(minutes) is not int or abs(minutes) > MAX_OFFSET_MINUTES:
            raise RecordError(f"{where}.utc_offset_minutes", "expected whole minutes within 18 hours")
        try:
            return utc.astimezone(_fixed_zone(minutes))
        except OverflowError:
            raise RecordError(f"{where}.{key}", "out of range with its offset") from None

    def check(self, value: Any, where: str, name: str) -> None:
        offset = value.utcoffset() if isinstance(value, dt.datetime) else None
        if offset is None:
            raise RecordError(f"{where}.{name}", "expected a timezone-aware time")
        if not -_MAX_OFFSET <= offset <= _MAX_OFFSET:
            raise RecordError(f"{where}.{name}", "UTC offset out of range")

    def made(self, value: Any, name: str) -> Any:
        offset = _aware(value, name).utcoffset()
        assert offset is not None
        minutes = round(offset.total_seconds() / 60)
        if abs(minutes) > MAX_OFFSET_MINUTES:
            raise ValueError("UTC offset out of range")
        # A fixed offset in whole minutes: the same instant, and exactly what a round trip gives back.
        try:
            kept = value.astimezone(_fixed_zone(minutes))
            kept.astimezone(dt.UTC)
        except OverflowError:
            raise ValueError("time out of range") from None
        return kept


class _Day(FieldKind):
    """A date or None (not known), stored as YYYY-MM-DD or null."""

    def write(self, value: Any, name: str, out: dict[str, Any]) -> None:
        out[name] = None if value is None else value.isoformat()

    def read(self, raw: dict[str, Any], name: str, where: str) -> Any:
        text = raw[name]
        if text is None:
            return None
        if type(text) is not str or len(text) != 10:
            raise RecordError(f"{where}.{name}", "expected YYYY-MM-DD or null")
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            raise RecordError(f"{where}.{name}", "not a valid date") from None

    def check(self, value: Any, where: str, name: str) -> None:
        if value is not None and type(value) is not dt.date:
            raise RecordError(f"{where}.{name}", "expected a date or None")

    def made(self, value: Any, name: str) -> Any:
        if value is not None and (not isinstance(value, dt.date) or isinstance(value, dt.datetime)):
            raise ValueError(f"{name} must be a date or None")
        return value


class _Records(FieldKind):
    """A list of records of one type."""

    def __init__(self, item: type[Record]) -> None:
        self.item = item

    def write(self, value: Any, name: str, out: dict[str, Any]) -> None:
        out[name] = [item.to_dict() for item in value]

    def read(self, raw: dict[str, Any], name: str, where: str) -> Any:
        decode = self.item.from_dict
        return [decode(v, f"{where}.{name}[{i}]") for i, v in enumerate(read_list(raw, name, where))]

    def check(self, value: Any, where: str, name: str) -> None:
        path = f"{where}.{name}"
        for i, item in enumerate(need_list(value, path, self.item)):
            item.check(f"{path}[{i}]")


# The metadata of a record's fields: `field(default=..., metadata=free_text(200))`.


def free_text(limit: int) -> dict[str, Any]:
    """Text the user types, at most `limit` characters on input; checked for image data."""
    return {_KIND: _Text(), _LIMIT: limit}


def choice(allowed: frozenset[str] | tuple[str, ...]) -> dict[str, Any]:
    """One of the ids in `allowed`."""
    return {_KIND: _Choice(frozenset(allowed))}


def hex_id() -> dict[str, Any]:
    """An id of 32 lowercase hex digits."""
    return {_KIND: _HexId()}


def utc_time() -> dict[str, Any]:
    """A timezone-aware time, stored in UTC."""
    return {_KIND: _UtcTime()}


def local_time() -> dict[str, Any]:
    """A timezone-aware time, stored as `<name>_utc` and `utc_offset_minutes`."""
    return {_KIND: _LocalTime()}


def day() -> dict[str, Any]:
    """A date, or None if not known."""
    return {_KIND: _Day()}


def records(item: type[Record]) -> dict[str, Any]:
    """A list of `item` records."""
    return {_KIND: _Records(item)}


# ---------------------------------------------------------------- records


@dataclass(frozen=True)
class _Plan:
    """A record type's fields, worked out once: the keys it is stored under, each field's kind's
    methods (bound, for speed on long lists), its free-text fields and its lists."""

    keys: frozenset[str]
    writers: tuple[tuple[str, Callable[[Any, str, dict[str, Any]], None]], ...]
    readers: tuple[tuple[str, Callable[[dict[str, Any], str, str], Any]], ...]
    checkers: tuple[tuple[str, Callable[[Any, str, str], None]], ...]
    makers: tuple[tuple[str, Callable[[Any, str], Any]], ...]  # only the fields that check new values
    free_text: tuple[tuple[str, int], ...]  # (field name, limit)
    lists: tuple[str, ...]


_plans: dict[type, _Plan] = {}


def _plan(cls: type) -> _Plan:
    plan = _plans.get(cls)
    if plan is None:
        fields = dataclasses.fields(cls)
        kinds: tuple[tuple[str, FieldKind], ...] = tuple((f.name, f.metadata[_KIND]) for f in fields)
        plan = _Plan(
            keys=frozenset(key for name, kind in kinds for key in kind.keys(name)),
            writers=tuple((name, kind.write) for name, kind in kinds),
            readers=tuple((name, kind.read) for name, kind in kinds),
            checkers=tuple((name, kind.check) for name, kind in kinds),
            makers=tuple((name, kind.made) for name, kind in kinds if type(kind).made is not FieldKind.made),
            free_text=tuple((f.name, f.metadata[_LIMIT]) for f in fields if _LIMIT in f.metadata),
            lists=tuple(name for name, kind in kinds if isinstance(kind, _Records)),
        )
        _plans[cls] = plan
    return plan


def free_text_limits(*classes: type) -> dict[str, int]:
    """Field name -> input limit, over the free-text fields of `classes` (fields of one name share one)."""
    limits: dict[str, int] = {}
    for cls in classes:
        for name, limit in _plan(cls).free_text:
            if limits.setdefault(name, limit) != limit:
                raise ValueError(f"two limits for field {name!r}")
    return limits


class Record:
    """What every record can do, from its fields. `WHERE` names a lone record in errors."""

    WHERE: ClassVar[str] = "record"

    def __post_init__(self) -> None:
        # A new record refuses what its fields cannot hold (ValueError), and keeps times as stored.
        values = vars(self)
        for name, made in _plan(type(self)).makers:
            values[name] = made(values[name], name)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        values = vars(self)
        for name, write in _plan(type(self)).writers:
            write(values[name], name, out)
        return out

    @classmethod
    def from_dict(cls, value: object, where: str | None = None) -> Self:
        # The hot path when opening a large store: each field's kind checks everything __post_init__
        # would, so the record is made without it.
        where = cls.WHERE if where is None else where
        plan = _plan(cls)
        raw = read_object(value, where, plan.keys)
        record = cls.__new__(cls)
        values = record.__dict__
        for name, read in plan.readers:
            values[name] = read(raw, name, where)
        return record

    def check(self, where: str | None = None) -> None:
        """Raise RecordError if this would not read back (a field set to the wrong type after creation),
        naming the first place that would fail."""
        where = self.WHERE if where is None else where
        values = vars(self)
        for name, check in _plan(type(self)).checkers:
            check(values[name], where, name)

    def texts(self, where: str | None = None) -> Iterator[tuple[str, str, str]]:
        """Every free-text value as (where, field name in LIMITS, value): this record's own, then those
        of its lists."""
        where = self.WHERE if where is None else where
        plan = _plan(type(self))
        values = vars(self)
        for name, _ in plan.free_text:
            yield f"{where}.{name}", name, values[name]
        for name in plan.lists:
            for i, item in enumerate(values[name]):
                path = f"{where}.{name}[{i}]"
                item_plan = _plan(type(item))
                if item_plan.lists:
                    yield from item.texts(path)
                    continue
                # A record without lists (most of them, events above all): its texts here, without a
                # generator per item, which keeps a long timeline quick.
                item_values = vars(item)
                for item_name, _ in item_plan.free_text:
                    yield f"{path}.{item_name}", item_name, item_values[item_name]


_T = TypeVar("_T")


def copy_record(record: _T) -> _T:
    """A new record with the same values, and its lists (of records) copied the same way."""
    copied = object.__new__(type(record))
    for name, value in vars(record).items():
        setattr(copied, name, [copy_record(item) for item in value] if type(value) is list else value)
    return copied
