"""What a record's field holds: the kinds of field, and the metadata that says which a field is.

Each function here (`free_text`, `choice`, `hex_id`, `utc_time`, `local_time`, `maybe_local_time`,
`day`, `records`) makes a field's metadata holding a `FieldKind`, which knows the field's keys in the
stored JSON, how to write it, how to read it strictly, how to check it before writing, and what a new
record may hold (ValueError otherwise). Free-text fields also carry their input limit. `added_later`
and `going` mark a field a store may not have (see record_codec). Reading raises `RecordError` naming
where (never what) the problem is.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from safetyapp.vault.record_codec import Record

KIND = "kind"
LIMIT = "limit"
OPTIONAL = "optional"  # "added" (added_later) or "going"

MAX_OFFSET_MINUTES = 18 * 60
_MAX_OFFSET = dt.timedelta(minutes=MAX_OFFSET_MINUTES)


class RecordError(ValueError):
    """A record is not what this version expects. `where` is a path such as "cases[2].events[5].when"."""

    def __init__(self, where: str, problem: str) -> None:
        self.where = where
        self.problem = problem
        super().__init__(f"{where}: {problem}")


# ---------------------------------------------------------------- strict reading helpers


def read_object(
    value: object, where: str, keys: frozenset[str], optional: frozenset[str] = frozenset()
) -> dict[str, Any]:
    """`value` as a dict holding every key in `keys`, perhaps some in `optional`, and no other."""
    if type(value) is not dict:
        raise RecordError(where, "expected an object")
    if value.keys() != keys and not (optional and keys <= value.keys() <= keys | optional):
        missing = sorted(keys - value.keys())
        extra = len(value.keys() - keys - optional)
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


class _MaybeLocalTime(FieldKind):
    """A time where the user was, or None (not known): stored as `<name>_utc` and
    `<name>_offset_minutes`, both null when not known."""

    def __init__(self) -> None:
        self._time = _LocalTime()

    def keys(self, name: str) -> tuple[str, ...]:
        return (f"{name}_utc", f"{name}_offset_minutes")

    def write(self, value: Any, name: str, out: dict[str, Any]) -> None:
        if value is None:
            out[f"{name}_utc"] = out[f"{name}_offset_minutes"] = None
            return
        written: dict[str, Any] = {}
        self._time.write(value, name, written)
        out[f"{name}_utc"] = written[f"{name}_utc"]
        out[f"{name}_offset_minutes"] = written["utc_offset_minutes"]

    def read(self, raw: dict[str, Any], name: str, where: str) -> Any:
        utc, minutes = raw[f"{name}_utc"], raw[f"{name}_offset_minutes"]
        if utc is None and minutes is None:
            return None
        try:
            return self._time.read({f"{name}_utc": utc, "utc_offset_minutes": minutes}, name, where)
        except RecordError as error:
            raise RecordError(
                error.where.replace(".utc_offset_minutes", f".{name}_offset_minutes"), error.problem
            ) from None

    def check(self, value: Any, where: str, name: str) -> None:
        if value is not None:
            self._time.check(value, where, name)

    def made(self, value: Any, name: str) -> Any:
        return None if value is None else self._time.made(value, name)


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


class RecordList(FieldKind):
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
    return {KIND: _Text(), LIMIT: limit}


def choice(allowed: frozenset[str] | tuple[str, ...]) -> dict[str, Any]:
    """One of the ids in `allowed`."""
    return {KIND: _Choice(frozenset(allowed))}


def hex_id() -> dict[str, Any]:
    """An id of 32 lowercase hex digits."""
    return {KIND: _HexId()}


def utc_time() -> dict[str, Any]:
    """A timezone-aware time, stored in UTC."""
    return {KIND: _UtcTime()}


def local_time() -> dict[str, Any]:
    """A timezone-aware time, stored as `<name>_utc` and `utc_offset_minutes`."""
    return {KIND: _LocalTime()}


def maybe_local_time() -> dict[str, Any]:
    """A timezone-aware time or None, stored as `<name>_utc` and `<name>_offset_minutes`."""
    return {KIND: _MaybeLocalTime()}


def added_later(metadata: dict[str, Any]) -> dict[str, Any]:
    """A field added after the first schema: it may be missing when read (the field takes its default)
    and is written only when it holds something other than its default."""
    return {**metadata, OPTIONAL: "added"}


def going(metadata: dict[str, Any]) -> dict[str, Any]:
    """A field of the first schema that new records leave at its default: read as `added_later`, and
    written only when it holds something, but it does not make a record newer."""
    return {**metadata, OPTIONAL: "going"}


def day() -> dict[str, Any]:
    """A date, or None if not known."""
    return {KIND: _Day()}


def records(item: type[Record]) -> dict[str, Any]:
    """A list of `item` records."""
    return {KIND: RecordList(item)}
