"""What a case holds, how times keep their time zone, and what input is refused."""

from __future__ import annotations

import base64
import contextlib
import datetime as dt
import json
import zoneinfo
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from safetyapp.vault import records
from safetyapp.vault.records import (
    EVENT_KINDS,
    IMAGE_DATA,
    LIMITS,
    PAYMENT_METHODS,
    PLATFORMS,
    TOO_LONG,
    Account,
    Case,
    Demand,
    Event,
    RecordError,
    RecordTooNew,
    ReportMade,
    VaultData,
    check_text,
)
from tests.vault.conftest import CANARIES, sample_data

# A real 1x1 PNG, JPEG-like and GIF header bytes, as someone might paste them.
PNG_1PX = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
)


def test_the_platform_list_names_the_apps_young_people_use() -> None:
    ids = [pid for pid, _ in PLATFORMS]
    labels = [label for _, label in PLATFORMS]
    assert len(set(ids)) == len(ids)
    for name in ("Snapchat", "Instagram", "TikTok", "WhatsApp", "Discord", "Roblox", "Wizz", "Yubo", "Text message"):
        assert name in labels
    assert ("other", "Other") in PLATFORMS  # (the list offered is the guides': tests/ui/notes/test_platforms.py)
    assert EVENT_KINDS == (
        "first-contact",
        "asked-for-images",
        "threatened",
        "demanded-money",
        "paid",
        "blocked",
        "reported",
        "other",
    )
    assert PAYMENT_METHODS == ("bank-transfer", "gift-card", "cryptocurrency", "other")


def test_a_whole_store_survives_a_round_trip_through_json() -> None:
    data = sample_data()
    again = VaultData.from_dict(json.loads(json.dumps(data.to_dict())))
    assert again == data
    assert again.cases[0].accounts[0].username == CANARIES["username"]


def test_an_event_keeps_utc_and_the_offset_it_was_typed_in() -> None:
    bst = dt.timezone(dt.timedelta(hours=1))
    event = Event(dt.datetime(2024, 6, 1, 14, 30, tzinfo=bst), "demanded-money", "")
    stored = event.to_dict()
    assert stored["when_utc"] == "2024-06-01T13:30:00Z"
    assert stored["utc_offset_minutes"] == 60
    back = Event.from_dict(stored)
    assert back.when.hour == 14 and back.when.utcoffset() == dt.timedelta(hours=1)
    assert back.utc == dt.datetime(2024, 6, 1, 13, 30, tzinfo=dt.UTC)


def test_a_zoneinfo_time_is_kept_as_its_fixed_offset_at_that_moment() -> None:
    london = zoneinfo.ZoneInfo("Europe/London")
    winter = Event(dt.datetime(2024, 1, 10, 18, 0, tzinfo=london))
    summer = Event(dt.datetime(2024, 7, 10, 18, 0, tzinfo=london))
    assert (winter.offset_minutes, summer.offset_minutes) == (0, 60)
    assert Event.from_dict(summer.to_dict()) == summer
    assert Event.from_dict(summer.to_dict()).when.hour == 18


def test_naive_times_and_unknown_choices_are_refused() -> None:
    with pytest.raises(ValueError):
        Event(dt.datetime(2024, 1, 1, 12, 0))
    with pytest.raises(ValueError):
        Event(dt.datetime(2024, 1, 1, tzinfo=dt.UTC), "sent-flowers")
    with pytest.raises(ValueError):
        Account("myspace")
    with pytest.raises(ValueError):
        Demand(method="cheque")
    with pytest.raises(ValueError):
        Case("not-a-uuid", "", dt.datetime.now(dt.UTC), dt.datetime.now(dt.UTC))
    with pytest.raises(ValueError):
        ReportMade(date=dt.datetime(2024, 1, 1))
    with pytest.raises(ValueError):
        Event(dt.datetime(2024, 1, 1, tzinfo=dt.timezone(dt.timedelta(hours=19))))
    with pytest.raises(ValueError):
        Case(Case.new().id, "", dt.datetime.now(dt.UTC), dt.datetime(2024, 1, 1))


def test_a_report_date_may_be_unknown() -> None:
    report = ReportMade("school DSL", None, "")
    assert ReportMade.from_dict(report.to_dict()) == report


def _case_dict() -> dict[str, Any]:
    return sample_data().to_dict()


@pytest.mark.parametrize(
    ("mutate", "where"),
    [
        (lambda d: d["cases"][0].pop("notes"), "cases[0]"),
        (lambda d: d["cases"][0].update(extra=1), "cases[0]"),
        (lambda d: d["cases"][0]["accounts"][0].update(username=5), "cases[0].accounts[0].username"),
        (lambda d: d["cases"][0]["accounts"][0].update(platform="myspace"), "cases[0].accounts[0].platform"),
        (lambda d: d["cases"][0]["events"][1].update(when_utc="2024-05-04 07:02"), "cases[0].events[1].when_utc"),
        (lambda d: d["cases"][0]["events"][1].update(when_utc="2024-02-30T07:02:00Z"), "cases[0].events[1].when_utc"),
        (lambda d: d["cases"][0]["events"][1].update(utc_offset_minutes=True), "cases[0].events[1].utc_offset_minutes"),
        (lambda d: d["cases"][0]["events"][1].update(utc_offset_minutes=60.0), "cases[0].events[1].utc_offset_minutes"),
        (
            lambda d: d["cases"][0]["events"][1].update(utc_offset_minutes=24 * 60),
            "cases[0].events[1].utc_offset_minutes",
        ),
        (lambda d: d["cases"][0]["events"][1].update(kind="other "), "cases[0].events[1].kind"),
        (lambda d: d["cases"][0]["demands"][0].update(method=None), "cases[0].demands[0].method"),
        (lambda d: d["cases"][0]["reports"][0].update(date="5 May 2024"), "cases[0].reports[0].date"),
        (lambda d: d["cases"][0].update(id="ABC"), "cases[0].id"),
        (lambda d: d["cases"][0].update(events={}), "cases[0].events"),
        (lambda d: d["cases"][1].update(id=d["cases"][0]["id"]), "cases[1].id"),
        (lambda d: d.update(schema=0), "data.schema"),
        (lambda d: d.update(cases=None), "data.cases"),
    ],
)
def test_reading_is_strict_and_says_where_but_never_what(mutate: Any, where: str) -> None:
    raw = _case_dict()
    mutate(raw)
    with pytest.raises(RecordError) as caught:
        VaultData.from_dict(raw)
    assert caught.value.where == where
    for canary in CANARIES.values():
        assert canary not in str(caught.value)


def test_an_unexpected_key_is_counted_not_named() -> None:
    raw = _case_dict()
    raw["cases"][0]["accounts"][0][CANARIES["username"]] = ""
    with pytest.raises(RecordError) as caught:
        VaultData.from_dict(raw)
    assert CANARIES["username"] not in str(caught.value)


def test_data_from_a_newer_version_is_recognised_as_such() -> None:
    with pytest.raises(RecordTooNew) as caught:
        VaultData.from_dict({"schema": records.SCHEMA_VERSION + 1, "cases": [], "tags": []})
    assert caught.value.schema == records.SCHEMA_VERSION + 1


@pytest.mark.parametrize("value", [None, [], "x", 1, {"schema": 1}, {"schema": True, "cases": []}])
def test_garbage_is_a_record_error(value: object) -> None:
    with pytest.raises(RecordError):
        VaultData.from_dict(value)


# ---------------------------------------------------------------- input checks


def test_length_limits_are_per_field() -> None:
    assert check_text("username", "a" * LIMITS["username"]) is None
    assert check_text("username", "a" * (LIMITS["username"] + 1)) == TOO_LONG
    assert LIMITS["notes"] == 5000 and LIMITS["text"] == 5000 and LIMITS["username"] == 200
    assert check_text("notes", "é" * 5000) is None
    with pytest.raises(ValueError):
        check_text("photo", "")


def test_every_free_text_field_has_its_limit() -> None:
    assert LIMITS == {
        "title": 200,
        "notes": 5000,
        "username": 200,
        "display_name": 200,
        "profile_link": 2000,
        "text": 5000,
        "amount": 50,
        "currency": 20,
        "payment_details": 1000,
        "amount_paid": 50,
        "to_whom": 200,
        "reference": 200,
    }


@pytest.mark.parametrize(
    "text",
    [
        "data:image/png;base64,AAAA",
        "look DATA:Image/JPEG;base64,/9j/4AAQ",
        "data: image/gif,xyz",
        base64.b64encode(PNG_1PX).decode(),
        "here it is " + base64.b64encode(PNG_1PX).decode() + " ok",
        base64.encodebytes(PNG_1PX * 3).decode(),  # wrapped at 76 columns
        "/9j/" + base64.b64encode(bytes(range(256))).decode(),
        "R0lGODlh" + "A" * 80,
        "UklGR" + "B" * 80,
        base64.urlsafe_b64encode(b"\xff\xd8\xff\xe0" + bytes(100)).decode(),
        "\x89PNG\r\n\x1a\n",
    ],
)
def test_text_carrying_image_data_is_refused(text: str) -> None:
    assert check_text("notes", text) == IMAGE_DATA
    assert records.has_image_data(text)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "he said: send pics or else",
        "https://example.com/9j/abc",
        "iVBORw0KGgo",  # the start alone is not an image
        "my data: 3 images",
        "R0lGOD is a funny username",
        "bc1qcanarywallet7h3kz5q0x9 " + "A" * 200,
    ],
)
def test_ordinary_text_is_not_mistaken_for_an_image(text: str) -> None:
    assert not records.has_image_data(text)


def test_image_data_is_reported_before_length() -> None:
    assert check_text("username", "data:image/png;base64," + "A" * 500) == IMAGE_DATA


def test_the_store_can_list_where_image_data_is() -> None:
    data = sample_data()
    data.cases[0].events[2].text = "data:image/png;base64,AAAA"
    assert data.image_data_at() == ["cases[0].events[2].text"]
    assert ("cases[0].events[2].text", IMAGE_DATA) in data.problems()


def test_reading_a_store_ignores_length_limits_so_nothing_is_lost() -> None:
    data = sample_data()
    data.cases[0].notes = "x" * (LIMITS["notes"] * 3)
    assert VaultData.from_dict(data.to_dict()) == data


# ---------------------------------------------------------------- properties

offsets = st.integers(min_value=-18 * 60, max_value=18 * 60)
instants = st.datetimes(min_value=dt.datetime(1900, 1, 1), max_value=dt.datetime(2200, 1, 1), timezones=st.just(dt.UTC))


@settings(max_examples=200)
@given(instant=instants, offset=offsets, kind=st.sampled_from(EVENT_KINDS), text=st.text())
def test_any_event_round_trips_exactly(instant: dt.datetime, offset: int, kind: str, text: str) -> None:
    when = instant.astimezone(dt.timezone(dt.timedelta(minutes=offset)))
    event = Event(when, kind, text)
    back = Event.from_dict(json.loads(json.dumps(event.to_dict())))
    assert back == event
    assert back.when.utcoffset() == when.utcoffset()
    assert back.when.replace(tzinfo=None) == when.replace(tzinfo=None)


@settings(max_examples=100)
@given(
    st.builds(
        Account,
        platform=st.sampled_from([pid for pid, _ in PLATFORMS]),
        username=st.text(),
        display_name=st.text(),
        profile_link=st.text(),
        notes=st.text(),
    ),
    st.builds(
        Demand,
        amount=st.text(),
        currency=st.text(max_size=5),
        method=st.sampled_from(PAYMENT_METHODS),
        payment_details=st.text(),
        notes=st.text(),
        paid=st.sampled_from(records.PAID_ANSWERS),
        paid_how=st.sampled_from(PAYMENT_METHODS),
        paid_when=st.none()
        | st.builds(lambda i, o: i.astimezone(dt.timezone(dt.timedelta(minutes=o))), instants, offsets),
        amount_paid=st.text(),
    ),
    st.builds(ReportMade, to_whom=st.text(), date=st.none() | st.dates(), reference=st.text()),
)
def test_any_account_demand_and_report_round_trip(account: Account, demand: Demand, report: ReportMade) -> None:
    assert Account.from_dict(account.to_dict()) == account
    assert Demand.from_dict(demand.to_dict()) == demand
    assert ReportMade.from_dict(report.to_dict()) == report


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=5),
    max_leaves=30,
)


@settings(max_examples=100)
@given(json_values)
def test_any_json_is_either_valid_data_or_a_record_error(value: object) -> None:
    with contextlib.suppress(RecordError):
        VaultData.from_dict(value)


# ---------------------------------------------------------------- check(): will this read back?


@pytest.mark.parametrize(
    ("spoil", "where"),
    [
        (lambda d: setattr(d.cases[0].accounts[0], "username", None), "cases[0].accounts[0].username"),
        (lambda d: setattr(d.cases[0].accounts[1], "platform", "myspace"), "cases[0].accounts[1].platform"),
        (lambda d: setattr(d.cases[0].events[1], "when", dt.datetime(2024, 1, 1)), "cases[0].events[1].when"),
        (
            lambda d: setattr(
                d.cases[0].events[1], "when", dt.datetime(2024, 1, 1, tzinfo=dt.timezone(dt.timedelta(hours=20)))
            ),
            "cases[0].events[1].when",
        ),
        (lambda d: setattr(d.cases[0].events[0], "kind", ["other"]), "cases[0].events[0].kind"),
        (lambda d: setattr(d.cases[0].events[0], "text", 42), "cases[0].events[0].text"),
        (lambda d: setattr(d.cases[0].demands[0], "method", "cheque"), "cases[0].demands[0].method"),
        (lambda d: setattr(d.cases[0].reports[0], "date", "2024-05-05"), "cases[0].reports[0].date"),
        (lambda d: setattr(d.cases[0], "id", "X"), "cases[0].id"),
        (lambda d: setattr(d.cases[1], "id", d.cases[0].id), "cases[1].id"),
        (lambda d: setattr(d.cases[0], "events", tuple(d.cases[0].events)), "cases[0].events"),
        (lambda d: d.cases[0].events.append("an event"), "cases[0].events[4]"),
        (lambda d: setattr(d.cases[0], "updated", None), "cases[0].updated"),
    ],
)
def test_check_finds_what_would_not_read_back(spoil: Any, where: str) -> None:
    data = sample_data()
    data.check()
    spoil(data)
    with pytest.raises(RecordError) as caught:
        data.check()
    assert caught.value.where == where


texts = st.text(max_size=30)
events = st.builds(
    Event,
    when=st.datetimes(
        min_value=dt.datetime(1900, 1, 1),
        max_value=dt.datetime(2200, 1, 1),
        timezones=offsets.map(lambda m: dt.timezone(dt.timedelta(minutes=m))),
    ),
    kind=st.sampled_from(EVENT_KINDS),
    text=texts,
)
cases = st.builds(
    Case.new,
    title=texts,
    now=st.datetimes(timezones=st.just(dt.UTC), min_value=dt.datetime(2000, 1, 1)),
).flatmap(lambda case: st.builds(_with_events, st.just(case), st.lists(events, max_size=5)))


def _with_events(case: Case, found: list[Event]) -> Case:
    case.events = found
    return case


@settings(max_examples=100)
@given(st.lists(cases, max_size=3))
def test_data_that_passes_check_reads_back_the_same(found: list[Case]) -> None:
    data = VaultData(found)
    data.check()
    assert VaultData.from_dict(json.loads(json.dumps(data.to_dict()))) == data


# ---------------------------------------------------------------- schema 2: paid, one amount, own accounts


def test_a_store_written_before_schema_2_reads_with_the_new_fields_at_their_defaults() -> None:
    raw = sample_data().to_dict()
    assert raw["schema"] == 1  # nothing in it uses schema 2, so it keeps the older shape
    demand = raw["cases"][0]["demands"][0]
    assert set(demand) == {"amount", "currency", "method", "payment_details", "notes"}
    data = VaultData.from_dict(raw)
    read = data.cases[0].demands[0]
    assert (read.paid, read.paid_how, read.paid_when, read.amount_paid) == ("not-known", "other", None, "")
    assert read.amount_text == CANARIES["amount"] + " GBP"
    assert data.cases[0].own_accounts == []


def test_whether_how_and_when_a_demand_was_paid_and_own_accounts_round_trip_as_schema_2() -> None:
    data = sample_data()
    case = data.cases[0]
    demand = case.demands[0]
    demand.paid, demand.paid_how, demand.amount_paid = "yes", "gift-card", "£50"
    demand.paid_when = dt.datetime(2026, 12, 3, 21, 40, tzinfo=dt.UTC)
    demand.set_amount("£100")
    case.own_accounts = [Account("snapchat", "my.own.name")]
    raw = json.loads(json.dumps(data.to_dict()))
    assert raw["schema"] == 2
    stored = raw["cases"][0]["demands"][0]
    assert "currency" not in stored  # one field now: the amount holds its currency
    assert (stored["paid_when_utc"], stored["paid_when_offset_minutes"]) == ("2026-12-03T21:40:00Z", 0)
    again = VaultData.from_dict(raw)
    assert again == data
    assert again.cases[0].demands[0].amount_text == "£100"
    assert again.cases[0].own_accounts[0].username == "my.own.name"


def test_half_of_a_paid_time_is_damage_not_a_guess() -> None:
    data = sample_data()
    data.cases[0].demands[0].paid_when = dt.datetime(2026, 12, 3, 21, 40, tzinfo=dt.UTC)
    raw = data.to_dict()
    del raw["cases"][0]["demands"][0]["paid_when_offset_minutes"]
    with pytest.raises(RecordError) as caught:
        VaultData.from_dict(raw)
    assert caught.value.where == "cases[0].demands[0]"


@pytest.mark.parametrize(
    ("amount", "currency", "shown"),
    [
        ("100", "£", "£100"),
        ("100", "GBP", "100 GBP"),
        ("£100", "GBP", "£100 GBP"),
        ("£100", "£", "£100"),
        ("", "USD", "USD"),
        ("50 a week", "", "50 a week"),
    ],
)
def test_an_older_amount_and_currency_are_shown_as_one(amount: str, currency: str, shown: str) -> None:
    assert Demand(amount, currency).amount_text == shown
