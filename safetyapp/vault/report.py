"""One case as a report for the police, CEOP, a platform or a school's safeguarding lead (DSL).

Two forms of the same content: plain text (`report_text`) and simple HTML (`report_html`) that the
UI lays out with QTextDocument and prints to PDF. The HTML uses only basic tags (p, h1-h3, table,
tr, th, td, b, br), every value is escaped, and there are no images, links or external resources.

Every word comes from `ReportLabels`, whose defaults are English, so the UI can pass translated ones.
Times are shown as the user lived them (local time with its UTC offset) and in UTC, for example
"2024-05-03 21:14 (UTC+01:00) / 20:14 UTC" (the UTC date is added when it differs). The timeline is
in time order. The personal-information marking comes first.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from safetyapp.vault.records import (
    EVENT_KIND_NAMES,
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

    `time_both` builds a shown time from `{local}` (date and time where the user was), `{offset}`
    ("+01:00") and `{utc}` (the UTC time, with its date if that differs from the local date).
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

    accounts: str = "Accounts"
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
    amount: str = "Amount"
    currency: str = "Currency"
    payment_method: str = "How they wanted it paid"
    payment_details: str = "Payment details they gave"

    reports_made: str = "Reports made"
    to_whom: str = "Made to"
    date: str = "Date"
    reference: str = "Reference number"

    case_notes: str = "Other notes"
    none_recorded: str = "None recorded"
    not_given: str = "Not given"
    date_unknown: str = "Date not known"

    time_both: str = "{local} (UTC{offset}) / {utc} UTC"
    date_format: str = "%Y-%m-%d"
    time_format: str = "%H:%M"

    platforms: Mapping[str, str] = field(default_factory=lambda: dict(PLATFORMS))
    event_kinds: Mapping[str, str] = field(default_factory=lambda: dict(EVENT_KIND_NAMES))
    payment_methods: Mapping[str, str] = field(default_factory=lambda: dict(PAYMENT_METHOD_NAMES))


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


def format_time(when: dt.datetime, labels: ReportLabels) -> str:
    """A time in local time with its offset and in UTC, as `labels.time_both` says."""
    if when.tzinfo is None or when.utcoffset() is None:
        raise ValueError("times in a report must be timezone-aware")
    utc = when.astimezone(dt.UTC)
    local_text = when.strftime(f"{labels.date_format} {labels.time_format}")
    if utc.date() == when.date():
        utc_text = utc.strftime(labels.time_format)
    else:
        utc_text = utc.strftime(f"{labels.date_format} {labels.time_format}")
    return labels.time_both.format(local=local_text, offset=_offset_text(when), utc=utc_text)


def _in_zone_of(when: dt.datetime, reference: dt.datetime) -> dt.datetime:
    """`when` in the time zone of `reference` (the time the report was made, in the user's zone)."""
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


def _event_row(event: Event, labels: ReportLabels) -> tuple[str, str, str]:
    return format_time(event.when, labels), _choice(labels.event_kinds, event.kind), event.text


def _demand_rows(demand: Demand, labels: ReportLabels) -> list[tuple[str, str]]:
    return [
        (labels.amount, demand.amount),
        (labels.currency, demand.currency),
        (labels.payment_method, _choice(labels.payment_methods, demand.method)),
        (labels.payment_details, demand.payment_details),
        (labels.notes, demand.notes),
    ]


def _report_row(report: ReportMade, labels: ReportLabels) -> tuple[str, str, str]:
    date = labels.date_unknown if report.date is None else report.date.strftime(labels.date_format)
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
