"""Reports for the police, CEOP, a platform or the DSL: everything the user recorded is there, in both
forms; the HTML is simple, escaped and has no images or external resources; each time is shown once,
in local time with its zone."""

from __future__ import annotations

import datetime as dt
import html
import time
from collections.abc import Callable, Iterator
from html.parser import HTMLParser

import pytest

from safetyapp.vault.records import EVENT_KINDS, PAYMENT_METHODS, Account, Case, Demand, Event, ReportMade
from safetyapp.vault.report import ReportLabels, format_time, report_html, report_text

LABELS = ReportLabels()
PLUS_ONE = dt.timezone(dt.timedelta(hours=1))
GENERATED = dt.datetime(2026, 11, 28, 14, 5, tzinfo=dt.UTC)
HOSTILE = "<script>alert('x')</script>"

Render = Callable[..., str]


@pytest.fixture(autouse=True)
def _in_london(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """This computer's zone is the UK's (GMT in winter, BST in summer), whatever the machine's is."""
    monkeypatch.setenv("TZ", "Europe/London")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def make_case() -> Case:
    case = Case.new("Instagram & Snapchat, May", now=dt.datetime(2026, 5, 1, 8, 0, tzinfo=dt.UTC))
    case.accounts = [
        Account("instagram", "shadowfox_9914x", "Ellie ✿ Harper", "https://instagram.example/shadowfox_9914x", ""),
        Account("snapchat", HOSTILE, "Tom & Jerry", "", "second account,\nsame person"),
        Account("other", "kik:lonely.wolf.77", "", "", ""),
    ]
    case.events = [
        Event(dt.datetime(2026, 5, 4, 7, 2, tzinfo=PLUS_ONE), "threatened", "said he would send them to my school"),
        Event(dt.datetime(2026, 5, 3, 21, 14, tzinfo=PLUS_ONE), "first-contact", "added me <b>out of nowhere</b>"),
        Event(dt.datetime(2026, 5, 4, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=-5))), "demanded-money", ""),
    ]
    case.demands = [
        Demand("350.75", "GBP", "cryptocurrency", "bc1qcanarywallet7h3kz5q0x9", "within 24 hours"),
        Demand("£50 a week", "", "gift-card", "Steam cards, codes by DM", ""),
    ]
    case.demands[1].paid, case.demands[1].paid_how, case.demands[1].amount_paid = "yes", "gift-card", "£50"
    case.demands[1].paid_when = dt.datetime(2026, 5, 6, 18, 30, tzinfo=PLUS_ONE)
    case.own_accounts = [Account("instagram", "my_own.name_14")]
    case.reports = [
        ReportMade("CEOP", dt.date(2026, 5, 5), "CEOP-REF-55123"),
        ReportMade("Instagram", None, "IG#9981-A&B"),
    ]
    case.notes = "Mum knows. Told Mr Okafor on Tuesday."
    return case


def user_values(case: Case) -> list[str]:
    values = [case.title, case.notes]
    for a in case.accounts:
        values += [a.username, a.display_name, a.profile_link, a.notes]
    for e in case.events:
        values.append(e.text)
    for d in case.demands:
        values += [d.amount, d.currency, d.payment_details, d.notes, d.amount_paid]
    for r in case.reports:
        values += [r.to_whom, r.reference]
    return [v for v in values if v]


def as_html(value: str) -> str:
    return html.escape(value, quote=True).replace("\n", "<br>")


@pytest.fixture
def text() -> str:
    return report_text(make_case(), generated_at=GENERATED, labels=LABELS)


@pytest.fixture
def markup() -> str:
    return report_html(make_case(), generated_at=GENERATED, labels=LABELS)


# ---------------------------------------------------------------- content


def test_every_value_the_user_recorded_is_in_the_text(text: str) -> None:
    for value in user_values(make_case()):
        for line in value.splitlines():
            assert line in text, line


def test_every_value_the_user_recorded_is_in_the_html(markup: str) -> None:
    for value in user_values(make_case()):
        assert as_html(value) in markup, value


@pytest.mark.parametrize("render", [report_text, report_html])
def test_usernames_demands_and_references_appear(render: Render) -> None:
    out = render(make_case(), generated_at=GENERATED, labels=LABELS)
    for expected in (
        "shadowfox_9914x",
        "kik:lonely.wolf.77",
        "350.75",
        "bc1qcanarywallet7h3kz5q0x9",
        "Steam cards, codes by DM",
        "CEOP-REF-55123",
    ):
        assert expected in out
    # Names for the ids the store keeps.
    for name in ("Instagram", "Snapchat", "Cryptocurrency", "Gift card", "First contact", "Demanded money"):
        assert name in out
    assert LABELS.date_unknown in out  # the report to Instagram has no date


@pytest.mark.parametrize("render", [report_text, report_html])
def test_sections_in_order(render: Render) -> None:
    out = render(make_case(), generated_at=GENERATED, labels=LABELS)
    headings = [LABELS.accounts, LABELS.timeline, LABELS.demands, LABELS.reports_made, LABELS.case_notes]
    positions = [out.index(h, out.index(LABELS.title)) for h in headings]
    assert positions == sorted(positions)


@pytest.mark.parametrize("render", [report_text, report_html])
def test_timeline_is_in_time_order(render: Render) -> None:
    out = render(make_case(), generated_at=GENERATED, labels=LABELS)
    first = out.index("out of nowhere")  # 20:14 UTC on the 3rd, entered second
    threatened = out.index("send them to my school")  # 06:02 UTC on the 4th, entered first
    demanded = out.index("09:00 UTC-05:00")  # 14:00 UTC on the 4th
    assert first < threatened < demanded


@pytest.mark.parametrize("render", [report_text, report_html])
def test_an_empty_case_says_none_recorded(render: Render) -> None:
    out = render(Case.new("", now=GENERATED), generated_at=GENERATED, labels=LABELS)
    assert out.count(LABELS.none_recorded) == 4  # accounts, timeline, demands, reports made
    assert LABELS.case_notes not in out
    assert LABELS.own_accounts not in out  # only when some were written down


# ---------------------------------------------------------------- marking


def test_text_starts_with_the_personal_information_marking(text: str) -> None:
    assert text.splitlines()[0] == LABELS.personal_information
    assert text.rstrip("\n").splitlines()[-1] == LABELS.personal_information  # and ends with it


def test_html_starts_with_the_personal_information_marking(markup: str) -> None:
    body = markup[markup.index("<body>") + len("<body>") :]
    first_text = body.replace("<p>", "").replace("<b>", "")
    assert first_text.startswith(html.escape(LABELS.personal_information))
    marking = markup.index(html.escape(LABELS.personal_information))
    assert marking < markup.index("<h1>")
    assert all(marking < markup.index(as_html(v)) for v in user_values(make_case()))


def test_marking_and_headings_are_translatable() -> None:
    labels = ReportLabels(
        personal_information="Enthält persönliche Daten: sicher aufbewahren",
        accounts="Konten",
        username="Benutzername",
        timeline="Zeitleiste",
        moment="{date} um {time} ({zone})",
        day="{day}. {month} {year}",
        months=("Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sep.", "Okt.", "Nov.", "Dez."),
        event_kinds={**LABELS.event_kinds, "threatened": "Gedroht"},
    )
    text = report_text(make_case(), generated_at=GENERATED, labels=labels)
    assert text.startswith("Enthält persönliche Daten: sicher aufbewahren\n")
    for word in ("Konten", "Benutzername: shadowfox_9914x", "Zeitleiste", "Gedroht", "3. Mai 2026 um 21:14 (BST)"):
        assert word in text
    assert "Username or handle" not in text
    assert "Benutzername" in report_html(make_case(), generated_at=GENERATED, labels=labels)


# ---------------------------------------------------------------- HTML safety


def test_html_escapes_user_text(markup: str) -> None:
    assert "<script" not in markup.lower()
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in markup
    assert "Tom &amp; Jerry" in markup
    assert "Tom & Jerry" not in markup
    assert "IG#9981-A&amp;B" in markup
    assert "&lt;b&gt;out of nowhere&lt;/b&gt;" in markup
    assert "second account,<br>same person" in markup


def test_text_keeps_user_text_as_typed(text: str) -> None:
    assert HOSTILE in text
    assert "Tom & Jerry" in text
    assert "&amp;" not in text


def test_labels_are_escaped_too() -> None:
    markup = report_html(make_case(), generated_at=GENERATED, labels=ReportLabels(accounts="Accounts <&> co"))
    assert "Accounts &lt;&amp;&gt; co" in markup


def test_no_images_or_external_resources(markup: str) -> None:
    assert "<img" not in markup.lower()
    assert "url(" not in markup.lower()
    for word in ("src=", "href=", "<link", "<a ", "@import", "<script", "<style", "<object", "<iframe"):
        assert word not in markup.lower()


def test_an_image_tag_typed_by_the_user_stays_text() -> None:
    case = make_case()
    case.accounts[0].notes = '<img src="https://evil.example/x.png"> <a href="https://evil.example">x</a>'
    markup = report_html(case, generated_at=GENERATED, labels=LABELS)
    assert "<img" not in markup.lower()
    assert "<a " not in markup.lower()
    assert "&lt;img src=&quot;https://evil.example/x.png&quot;&gt;" in markup


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: set[str] = set()
        self.attributes: set[tuple[str, str | None]] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        self.attributes.update(attrs)


def test_html_uses_only_simple_tags(markup: str) -> None:
    parser = _Tags()
    parser.feed(markup)
    allowed = {
        "html",
        "head",
        "meta",
        "title",
        "body",
        "p",
        "b",
        "i",
        "br",
        "h1",
        "h2",
        "h3",
        "table",
        "thead",
        "tr",
        "th",
        "td",
    }
    assert parser.tags <= allowed
    names = {name for name, _ in parser.attributes}
    assert names <= {"charset", "border", "cellspacing", "cellpadding", "width", "align", "valign", "style"}
    assert {value for name, value in parser.attributes if name == "style"} == {"white-space: pre-wrap"}


def test_control_characters_are_shown_not_passed_on() -> None:
    case = make_case()
    case.accounts[0].username = "evil\x1b[2Jname\x00"
    for out in (
        report_text(case, generated_at=GENERATED, labels=LABELS),
        report_html(case, generated_at=GENERATED, labels=LABELS),
    ):
        assert "evil[U+001B][2Jname[U+0000]" in out
        assert "\x1b" not in out
        assert "\x00" not in out


# ---------------------------------------------------------------- times


def test_each_time_is_shown_once_in_local_time_with_its_zone(text: str, markup: str) -> None:
    expected = "3 May 2026, 21:14 BST"
    assert expected in text
    assert html.escape(expected) in markup
    assert " UTC" not in text.replace("UTC-05:00", "")  # no second, UTC form of any time
    assert text.count("21:14") == 1


def test_the_generated_time_is_shown_once(text: str) -> None:
    assert f"{LABELS.generated}: 28 Nov 2026, 14:05 GMT" in text


@pytest.mark.parametrize(
    ("when", "shown"),
    [
        (dt.datetime(2026, 11, 28, 14, 5, tzinfo=dt.UTC), "28 Nov 2026, 14:05 GMT"),
        (dt.datetime(2026, 12, 3, 21, 40, tzinfo=dt.UTC), "3 Dec 2026, 21:40 GMT"),
        (dt.datetime(2026, 3, 30, 14, 5, tzinfo=PLUS_ONE), "30 Mar 2026, 14:05 BST"),
        # Not this computer's zone at that moment: the offset says exactly when it was.
        (dt.datetime(2026, 11, 28, 0, 30, tzinfo=PLUS_ONE), "28 Nov 2026, 00:30 UTC+01:00"),
        (dt.datetime(2026, 5, 4, 21, 0, tzinfo=dt.timezone(dt.timedelta(hours=-5))), "4 May 2026, 21:00 UTC-05:00"),
        (
            dt.datetime(2026, 5, 4, 7, 30, tzinfo=dt.timezone(dt.timedelta(hours=5, minutes=45))),
            "4 May 2026, 07:30 UTC+05:45",
        ),
    ],
)
def test_format_time(when: dt.datetime, shown: str) -> None:
    assert format_time(when, LABELS) == shown


def test_record_times_are_shown_in_the_zone_of_the_generated_time() -> None:
    generated = dt.datetime(2026, 6, 1, 12, 0, tzinfo=PLUS_ONE)
    text = report_text(make_case(), generated_at=generated, labels=LABELS)
    assert f"{LABELS.created}: 1 May 2026, 09:00 BST" in text


@pytest.mark.parametrize("render", [report_text, report_html])
def test_an_amount_is_one_value_with_its_currency_and_never_currency_not_given(render: Render) -> None:
    out = render(make_case(), generated_at=GENERATED, labels=LABELS)
    assert "350.75 GBP" in out
    assert "Currency" not in out


def test_whether_how_when_and_how_much_a_demand_was_paid_is_in_the_report(text: str) -> None:
    first = text[text.index("Demand 1") : text.index("Demand 2")]
    assert f"{LABELS.paid}: Not known" in first
    assert LABELS.paid_how not in first  # nothing about how, for a demand not known to be paid
    second = text[text.index("Demand 2") : text.index(LABELS.reports_made)]
    for line in (
        f"{LABELS.paid}: Yes",
        f"{LABELS.amount_paid}: £50",
        f"{LABELS.paid_how}: Gift card",
        f"{LABELS.paid_when}: 6 May 2026, 18:30 BST",
    ):
        assert line in second


@pytest.mark.parametrize("render", [report_text, report_html])
def test_the_users_own_accounts_come_first_apart_from_the_others(render: Render) -> None:
    out = render(make_case(), generated_at=GENERATED, labels=LABELS)
    own, others = out.index(LABELS.own_accounts), out.index(LABELS.accounts)
    assert own < out.index("my_own.name_14") < others < out.index("shadowfox_9914x")


def test_a_naive_generated_time_is_refused() -> None:
    with pytest.raises(ValueError):
        report_text(make_case(), generated_at=dt.datetime(2026, 1, 1), labels=LABELS)
    with pytest.raises(ValueError):
        report_html(make_case(), generated_at=dt.datetime(2026, 1, 1), labels=LABELS)


def test_the_report_names_every_event_kind_from_the_one_list() -> None:
    assert tuple(ReportLabels().event_kinds) == EVENT_KINDS


def test_the_report_names_every_payment_method_from_the_one_list() -> None:
    assert tuple(ReportLabels().payment_methods) == PAYMENT_METHODS
