"""How a record is written, read and checked, from its fields: each field of a record says what it holds
(record_fields).

A record is a dataclass deriving from `Record` whose fields have metadata made by record_fields. Keys
are written in field order, fields are read and checked in field order, and the free-text list is a
record's own free-text fields, then those of its lists, item by item. Reading makes records without
`__post_init__`: each field's reader checks as much.

Reading is strict: every key must be there, no others, every value of the right type, or it raises
`RecordError` naming where (never what) the problem is. The one exception is an optional field: one
added after the first schema (`added_later`), or one of the first schema that new records no longer use
(`going`). A store written without it has no key for it, so the key may be missing (the field then
takes its default), and it is written only when it holds something else, so a store that does not use
it keeps the older shape byte for byte. A record `uses_later_fields` when a field added later holds
something: only then must its store say it has the newer schema.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, ClassVar, Self, TypeVar

from safetyapp.vault.record_fields import KIND, LIMIT, OPTIONAL, FieldKind, RecordError, RecordList, read_object


@dataclass(frozen=True)
class _Plan:
    """A record type's fields, worked out once: the keys it is stored under, each field's kind's
    methods (bound, for speed on long lists), its free-text fields and its lists."""

    keys: frozenset[str]  # the keys every stored record has
    optional: frozenset[str]  # the keys of fields added later, which older records do not have
    later: tuple[tuple[str, tuple[str, ...], Any], ...]  # optional fields: (name, keys, default)
    newer: tuple[str, ...]  # the optional fields that were added later (not those going)
    newer_lists: tuple[str, ...]  # the lists whose records (or theirs) have fields added later
    writers: tuple[tuple[str, Callable[[Any, str, dict[str, Any]], None]], ...]
    readers: tuple[tuple[str, Callable[[dict[str, Any], str, str], Any]], ...]
    checkers: tuple[tuple[str, Callable[[Any, str, str], None]], ...]
    makers: tuple[tuple[str, Callable[[Any, str], Any]], ...]  # only the fields that check new values
    free_text: tuple[tuple[str, int], ...]  # (field name, limit)
    lists: tuple[str, ...]


_plans: dict[type, _Plan] = {}


def _default_maker(f: dataclasses.Field[Any]) -> Callable[[], Any]:
    if f.default is not dataclasses.MISSING:
        value = f.default
        return lambda: value
    if f.default_factory is not dataclasses.MISSING:
        return f.default_factory
    raise TypeError(f"a field added later needs a default: {f.name}")


def _later_reader(
    read: Callable[[dict[str, Any], str, str], Any], keys: tuple[str, ...], default: Callable[[], Any]
) -> Callable[[dict[str, Any], str, str], Any]:
    """`read` for a field added later: its default when a record written before it has none of its keys."""

    def reader(raw: dict[str, Any], name: str, where: str) -> Any:
        present = [key in raw for key in keys]
        if not any(present):
            return default()
        if not all(present):
            raise RecordError(where, f"missing {sorted(k for k in keys if k not in raw)}, 0 unexpected key(s)")
        return read(raw, name, where)

    return reader


def _plan(cls: type) -> _Plan:
    plan = _plans.get(cls)
    if plan is None:
        fields = dataclasses.fields(cls)
        kinds: tuple[tuple[str, FieldKind], ...] = tuple((f.name, f.metadata[KIND]) for f in fields)
        makers = {f.name: _default_maker(f) for f in fields if f.metadata.get(OPTIONAL)}
        later = tuple((name, kind.keys(name), makers[name]()) for name, kind in kinds if name in makers)
        plan = _Plan(
            keys=frozenset(key for name, kind in kinds if name not in makers for key in kind.keys(name)),
            optional=frozenset(key for _, keys, _ in later for key in keys),
            later=later,
            newer=tuple(f.name for f in fields if f.metadata.get(OPTIONAL) == "added"),
            newer_lists=tuple(
                name
                for name, kind in kinds
                if isinstance(kind, RecordList) and (_plan(kind.item).newer or _plan(kind.item).newer_lists)
            ),
            writers=tuple((name, kind.write) for name, kind in kinds),
            readers=tuple(
                (name, _later_reader(kind.read, kind.keys(name), makers[name]) if name in makers else kind.read)
                for name, kind in kinds
            ),
            checkers=tuple((name, kind.check) for name, kind in kinds),
            makers=tuple((name, kind.made) for name, kind in kinds if type(kind).made is not FieldKind.made),
            free_text=tuple((f.name, f.metadata[LIMIT]) for f in fields if LIMIT in f.metadata),
            lists=tuple(name for name, kind in kinds if isinstance(kind, RecordList)),
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
        plan = _plan(type(self))
        if not plan.later:
            for name, write in plan.writers:
                write(values[name], name, out)
            return out
        unused = {name for name, _, default in plan.later if values[name] == default}
        for name, write in plan.writers:
            if name not in unused:
                write(values[name], name, out)
        return out

    def uses_later_fields(self) -> bool:
        """True if this record, or one in its lists, holds something in a field added later."""
        values = vars(self)
        plan = _plan(type(self))
        if any(values[name] != default for name, _, default in plan.later if name in plan.newer):
            return True
        # Only the lists that can hold such fields: a long timeline is not walked at every save.
        return any(item.uses_later_fields() for name in plan.newer_lists for item in values[name])

    @classmethod
    def from_dict(cls, value: object, where: str | None = None) -> Self:
        # The hot path when opening a large store: each field's kind checks everything __post_init__
        # would, so the record is made without it.
        where = cls.WHERE if where is None else where
        plan = _plan(cls)
        raw = read_object(value, where, plan.keys, plan.optional)
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
