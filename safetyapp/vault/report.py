"""One case as a report for the police, CEOP, a platform or a school's safeguarding lead (DSL).

Two forms of the same content: plain text (`report_text`) and simple HTML (`report_html`) that the
UI lays out with QTextDocument and prints to PDF. The HTML uses only basic tags (p, h1-h3, table,
tr, th, td, b, br), every value is escaped, and there are no images, links or external resources.

Every word comes from `ReportLabels`, whose defaults are English, so the UI can pass translated ones.
Each time is shown once, as the user lived it: local time with its zone, for example
"3 Dec 2026, 21:40 GMT". The zone is named (GMT, BST...) when it is this computer's zone at that
moment, and given as an offset from UTC ("UTC+05:45") otherwise, so the police can always work out
the exact moment. The timeline is in time order. The personal-information marking comes first.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from safetyapp.vault.records import (
    EVENT_KIND_NAMES,
    PAID_NAMES,
    PAYMENT_METHOD_NAMES,
    PLATFORMS,
    Account,
    Case,
    Demand,
    Event,
    ReportMade,
)


@dataclass(frozen=True)
class ReportLabels:
    """Every heading and label in a report. `{n}` in the numbered ones is the item's number.

    `moment` builds a shown time from `{date}` (as `day`: `{day}`, `{month}` from `months`, `{year}`),
    `{time}` (24-hour "21:40") and `{zone}` (a zone's short name, or `utc_offset` with `{offset}`).
    """

    personal_information: str = "Contains personal information: keep it safe"
    handling: str = (
        "This copy is not encrypted. Share it only with the police, CEOP, the platform or a safeguarding "
        "lead, and delete it when it is no longer needed."
    )
    title: str = "Record of online blackmail (sextortion)"
    source: str = "Made with Safety Companion from the user's own notes. It contains no images."
    case: str = "Case"
    generated: str = "Generated"
    created: str = "Record started"
    updated: str = "Last changed"

    own_accounts: str = "Accounts of the person targeted"
    own_account_n: str = "Their own account {n}"
    accounts: str = "Accounts that contacted or threatened them"
    account_n: str = "Account {n}"
    platform: str = "Platform"
    username: str = "Username or handle"
    display_name: str = "Display name"
    profile_link: str = "Profile link"
    notes: str = "Notes"

    timeline: str = "Timeline"
    when: str = "When"
    what_happened: str = "What happened"
    details: str = "Details"

    demands: str = "Demands"
    demand_n: str = "Demand {n}"
    amount: str = "Amount asked for"
    payment_method: str = "How they wanted it paid"
    payment_details: str = "Payment details they gave"
    paid: str = "Anything paid"
    amount_paid: str = "Amount paid"
    paid_how: str = "How it was paid"
    paid_when: str = "When it was paid"

    reports_made: str = "Reports made"
    to_whom: str = "Made to"
    date: str = "Date"
    reference: str = "Reference number"

    case_notes: str = "Other notes"
    none_recorded: str = "None recorded"
    not_given: str = "Not given"
    date_unknown: str = "Date not known"

    moment: str = "{date}, {time} {zone}"
    day: str = "{day} {month} {year}"
    months: tuple[str, ...] = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
    utc_offset: str = "UTC{offset}"

    platforms: Mapping[str, str] = field(default_factory=lambda: dict(PLATFORMS))
    event_kinds: Mapping[str, str] = field(default_factory=lambda: dict(EVENT_KIND_NAMES))
    payment_methods: Mapping[str, str] = field(default_factory=lambda: dict(PAYMENT_METHOD_NAMES))
    paid_answers: Mapping[str, str] = field(default_factory=lambda: dict(PAID_NAMES))


# ---------------------------------------------------------------- shared


# Control characters other than tab and newline (an escape sequence, a stray carriage return) are
# shown as their code point, so nothing the user typed is hidden or changes the layout.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _clean(value: str) -> str:
    value = value.replace("\r\n", "\n")
    return _CONTROL.sub(lambda m: f"[U+{ord(m.group()):04X}]", value)


def _offset_text(when: dt.datetime) -> str:
    offset = when.utcoffset()
    assert offset is not None
    minutes = round(offset.total_seconds() / 60)
    sign = "-" if minutes < 0 else "+"
    hours, minutes = divmod(abs(minutes), 60)
    return f"{sign}{hours:02d}:{minutes:02d}"


def zone_name(when: dt.datetime) -> str | None:
    """The short name of this computer's time zone at `when` ("GMT", "BST", "CET"), if `when` is in it;
    None otherwise, or if the system gives no short name (Windows gives long ones)."""
    local = when.astimezone()
    name = local.tzname()
    if local.utcoffset() != when.utcoffset() or not name or not name.isalpha() or len(name) > 5:
        return None
    return name


def format_day(day: dt.date, labels: ReportLabels) -> str:
    """A date as `labels.day` says, for example "3 Dec 2026"."""
    return labels.day.format(day=day.day, month=labels.months[day.month - 1], year=day.year)


def format_time(when: dt.datetime, labels: ReportLabels) -> str:
    """A time, once: local time with its zone, as `labels.moment` says ("3 Dec 2026, 21:40 GMT")."""
    if when.tzinfo is None or when.utcoffset() is None:
        raise ValueError("times in a report must be timezone-aware")
    zone = zone_name(when) or (
        "UTC" if when.utcoffset() == dt.timedelta(0) else labels.utc_offset.format(offset=_offset_text(when))
    )
    return labels.moment.format(date=format_day(when.date(), labels), time=when.strftime("%H:%M"), zone=zone)


def _in_zone_of(when: dt.datetime, reference: dt.datetime) -> dt.datetime:
    """`when` in the time zone of `reference` (the time the report was made, in the user's zone): this
    computer's zone, with its summer time, if the report was made in it."""
    if reference.astimezone().utcoffset() == reference.utcoffset():
        return when.astimezone()
    return when.astimezone(reference.tzinfo)


def _choice(names: Mapping[str, str], key: str) -> str:
    return names.get(key, key)


def _account_rows(account: Account, labels: ReportLabels) -> list[tuple[str, str]]:
    return [
        (labels.platform, _choice(labels.platforms, account.platform)),
        (labels.username, account.username),
        (labels.display_name, account.display_name),
        (labels.profile_link, account.profile_link),
        (labels.notes, account.notes),
    ]


def _own_account_rows(account: Account, labels: ReportLabels) -> list[tuple[str, str]]:
    rows = [(labels.platform, _choice(labels.platforms, account.platform)), (labels.username, account.username)]
    return rows + [(label, value) for label, value in _account_rows(account, labels)[2:] if value.strip()]


def _event_row(event: Event, labels: ReportLabels) -> tuple[str, str, str]:
    return format_time(event.when, labels), _choice(labels.event_kinds, event.kind), event.text


def _demand_rows(demand: Demand, labels: ReportLabels) -> list[tuple[str, str]]:
    rows = [
        (labels.amount, demand.amount_text),
        (labels.payment_method, _choice(labels.payment_methods, demand.method)),
        (labels.payment_details, demand.payment_details),
        (labels.paid, _choice(labels.paid_answers, demand.paid)),
    ]
    if demand.paid == "yes":
        when = "" if demand.paid_when is None else format_time(demand.paid_when, labels)
        rows += [
            (labels.amount_paid, demand.amount_paid),
            (labels.paid_how, _choice(labels.payment_methods, demand.paid_how)),
            (labels.paid_when, when),
        ]
    return [*rows, (labels.notes, demand.notes)]


def _report_row(report: ReportMade, labels: ReportLabels) -> tuple[str, str, str]:
    date = labels.date_unknown if report.date is None else format_day(report.date, labels)
    return report.to_whom, date, report.reference


def _summary_rows(case: Case, generated_at: dt.datetime, labels: ReportLabels) -> list[tuple[str, str]]:
    rows = [(labels.case, case.title)] if case.title.strip() else []
    rows += [
        (labels.generated, format_time(generated_at, labels)),
        (labels.created, format_time(_in_zone_of(case.created, generated_at), labels)),
        (labels.updated, format_time(_in_zone_of(case.updated, generated_at), labels)),
    ]
    return rows


def _timeline(case: Case) -> list[Event]:
    return sorted(case.events, key=lambda e: e.utc)  # stable: events at the same instant keep their order


def _check_generated_at(generated_at: dt.datetime) -> None:
    if generated_at.tzinfo is None or generated_at.utcoffset() is None:
        raise ValueError("generated_at must be timezone-aware")


# ---------------------------------------------------------------- plain text


def _indent(value: str, prefix: str) -> str:
    """Continuation lines of a multi-line value, indented under its first line."""
    return value.replace("\n", "\n" + prefix)


def _text_fields(rows: Iterable[tuple[str, str]], labels: ReportLabels, indent: str = "") -> list[str]:
    lines = []
    for label, value in rows:
        shown = _clean(value) if value.strip() else labels.not_given
        lines.append(f"{indent}{label}: {_indent(shown, indent + '    ')}")
    return lines


def _text_heading(text: str, underline: str) -> list[str]:
    return ["", text, underline * max(len(text), 3)]


def _numbered(n: int, field_lines: list[str]) -> list[str]:
    """ "1. " before the first line, the others indented to match."""
    first, *rest = field_lines
    return [f"{n}. {first}", *("   " + line for line in rest)]


def _text_section(heading: str, blocks: list[list[str]], labels: ReportLabels) -> list[str]:
    lines = _text_heading(heading, "-")
    if not blocks:
        return [*lines, labels.none_recorded]
    for i, block in enumerate(blocks):
        if i:
            lines.append("")
        lines += block
    return lines


def report_text(case: Case, *, generated_at: dt.datetime, labels: ReportLabels) -> str:
    """The case as plain text, lines ending in "\\n"."""
    _check_generated_at(generated_at)
    lines = [labels.personal_information]
    if labels.handling:
        lines.append(labels.handling)
    lines += _text_heading(labels.title, "=")
    if labels.source:
        lines.append(labels.source)
    lines.append("")
    lines += _text_fields(_summary_rows(case, generated_at, labels), labels)

    if case.own_accounts:
        lines += _text_section(
            labels.own_accounts,
            [
                [labels.own_account_n.format(n=n), *_text_fields(_own_account_rows(account, labels), labels, "  ")]
                for n, account in enumerate(case.own_accounts, 1)
            ],
            labels,
        )
    lines += _text_section(
        labels.accounts,
        [
            [labels.account_n.format(n=n), *_text_fields(_account_rows(account, labels), labels, "  ")]
            for n, account in enumerate(case.accounts, 1)
        ],
        labels,
    )
    events = [_event_row(event, labels) for event in _timeline(case)]
    lines += _text_section(
        labels.timeline,
        [
            [f"{n}. {when}", *_text_fields([(labels.what_happened, kind), (labels.details, text)], labels, "   ")]
            for n, (when, kind, text) in enumerate(events, 1)
        ],
        labels,
    )
    lines += _text_section(
        labels.demands,
        [
            [labels.demand_n.format(n=n), *_text_fields(_demand_rows(demand, labels), labels, "  ")]
            for n, demand in enumerate(case.demands, 1)
        ],
        labels,
    )
    reports = [_report_row(report, labels) for report in case.reports]
    lines += _text_section(
        labels.reports_made,
        [
            _numbered(
                n, _text_fields([(labels.to_whom, to_whom), (labels.date, date), (labels.reference, reference)], labels)
            )
            for n, (to_whom, date, reference) in enumerate(reports, 1)
        ],
        labels,
    )
    if case.notes.strip():
        lines += _text_heading(labels.case_notes, "-")
        lines.append(_clean(case.notes))
    lines += ["", labels.personal_information]
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- HTML


def _h(value: str) -> str:
    """A value as HTML text: escaped, control characters shown, line breaks kept."""
    return html.escape(_clean(value), quote=True).replace("\n", "<br>")


def _value_cell(value: str, labels: ReportLabels) -> str:
    if not value.strip():
        return f"<td><i>{_h(labels.not_given)}</i></td>"
    return f'<td style="white-space: pre-wrap">{_h(value)}</td>'


_TABLE = '<table border="1" cellspacing="0" cellpadding="4" width="100%">'


def _field_table(rows: Iterable[tuple[str, str]], labels: ReportLabels) -> str:
    body = "".join(
        f'<tr><th align="left" valign="top" width="30%">{_h(label)}</th>{_value_cell(value, labels)}</tr>'
        for label, value in rows
    )
    return f"{_TABLE}{body}</table>"


def _grid(headings: Sequence[str], rows: Iterable[Sequence[str]], labels: ReportLabels) -> str:
    head = "".join(f'<th align="left" valign="top">{_h(h)}</th>' for h in headings)
    body = "".join("<tr>" + "".join(_value_cell(v, labels) for v in row) + "</tr>" for row in rows)
    return f"{_TABLE}<thead><tr>{head}</tr></thead>{body}</table>"


def report_html(case: Case, *, generated_at: dt.datetime, labels: ReportLabels) -> str:
    """The case as simple HTML for QTextDocument: basic tags, escaped values, no images or links."""
    _check_generated_at(generated_at)
    parts = [
        '<html><head><meta charset="utf-8">',
        f"<title>{_h(labels.title)}</title></head><body>",
        f"<p><b>{_h(labels.personal_information)}</b>",
        f"<br>{_h(labels.handling)}</p>" if labels.handling else "</p>",
        f"<h1>{_h(labels.title)}</h1>",
        f"<p>{_h(labels.source)}</p>" if labels.source else "",
        _field_table(_summary_rows(case, generated_at, labels), labels),
    ]

    def section(heading: str, content: str | None) -> None:
        parts.append(f"<h2>{_h(heading)}</h2>")
        parts.append(content if content is not None else f"<p>{_h(labels.none_recorded)}</p>")

    if case.own_accounts:
        section(
            labels.own_accounts,
            "".join(
                f"<h3>{_h(labels.own_account_n.format(n=n))}</h3>{_field_table(_own_account_rows(a, labels), labels)}"
                for n, a in enumerate(case.own_accounts, 1)
            ),
        )
    section(
        labels.accounts,
        "".join(
            f"<h3>{_h(labels.account_n.format(n=n))}</h3>{_field_table(_account_rows(a, labels), labels)}"
            for n, a in enumerate(case.accounts, 1)
        )
        or None,
    )
    events = _timeline(case)
    section(
        labels.timeline,
        _grid([labels.when, labels.what_happened, labels.details], (_event_row(e, labels) for e in events), labels)
        if events
        else None,
    )
    section(
        labels.demands,
        "".join(
            f"<h3>{_h(labels.demand_n.format(n=n))}</h3>{_field_table(_demand_rows(d, labels), labels)}"
            for n, d in enumerate(case.demands, 1)
        )
        or None,
    )
    section(
        labels.reports_made,
        _grid([labels.to_whom, labels.date, labels.reference], (_report_row(r, labels) for r in case.reports), labels)
        if case.reports
        else None,
    )
    if case.notes.strip():
        section(labels.case_notes, f'<p style="white-space: pre-wrap">{_h(case.notes)}</p>')
    parts.append(f"<p><b>{_h(labels.personal_information)}</b></p></body></html>")
    return "".join(parts)
