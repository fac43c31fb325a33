"""Reading the flow: `load_flow` checks resources/wizard/flow.toml into a `Flow` and lays a language
overlay (resources/wizard/<language>.toml) over its strings; anything malformed is a `FlowError`
naming the file, the problem and, where known, the line. No Qt.
"""

from __future__ import annotations

import dataclasses
import re
import tomllib
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from types import MappingProxyType
from typing import TypeVar

from safetyapp.core.errors import toml_error_line
from safetyapp.core.readers import READERS
from safetyapp.core.resources import SOURCE_LANGUAGE, resources_dir
from safetyapp.core.translation_hashes import HASHES_TABLE, out_of_date_keys
from safetyapp.core.wizard.model import (
    ALWAYS,
    FLOW_VERSION,
    KINDS,
    OTHER,
    READER_QUESTION,
    URGENT_CONTACT,
    Condition,
    Flow,
    FlowError,
    MessageRule,
    Option,
    PerReader,
    Question,
    StepRule,
    UrgentRule,
)
from safetyapp.core.wording import typed_contact

_ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
_RESERVED = frozenset({"any", "all", "not"})

T = TypeVar("T")


def flow_file(root: Path | None = None) -> Path:
    """resources/wizard/flow.toml."""
    return (root if root is not None else resources_dir()) / "wizard" / "flow.toml"


def overlay_file(language: str, root: Path | None = None) -> Path | None:
    """resources/wizard/<language>.toml if there is one (English needs none)."""
    if language == SOURCE_LANGUAGE:
        return None
    path = (root if root is not None else resources_dir()) / "wizard" / f"{language}.toml"
    return path if path.is_file() else None


def _read_toml(path: Path) -> tuple[dict[str, object], str]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise FlowError(path, f"cannot be read ({error.__class__.__name__})") from error
    try:
        return tomllib.loads(text), text
    except tomllib.TOMLDecodeError as error:
        raise FlowError(path, f"is not valid TOML: {error}", toml_error_line(str(error))) from error


def _header_lines(text: str, header: str) -> list[int]:
    return [n for n, line in enumerate(text.splitlines(), 1) if line.strip() == f"[[{header}]]"]


class _Loader:
    """Reads flow.toml into a Flow, refusing the first problem it finds."""

    TOP = frozenset({"version", "urgent", "question", "reassurance", "support", "step"})
    QUESTION = frozenset({"id", "prompt", "help", "when", "option"})
    OPTION = frozenset({"id", "label", "when"})
    STEP = frozenset({"id", "rank", "kind", "when", "action", "why", "how", "contacts", "page"})
    REASSURANCE = frozenset({"id", "when", "text"})
    SUPPORT = frozenset({"id", "when", "text", "contacts"})
    URGENT = frozenset({"when", "title", "text", "contacts"})

    def __init__(self, path: Path, contact_ids: Iterable[str] | None, page_ids: Iterable[str] | None) -> None:
        self.path = path
        self.contact_ids = set(contact_ids) if contact_ids is not None else None
        self.page_ids = set(page_ids) if page_ids is not None else None
        self.data, text = _read_toml(path)
        self.lines = {name: _header_lines(text, name) for name in ("question", "question.option", "step")}
        self.lines.update({name: _header_lines(text, name) for name in ("reassurance", "support")})
        self.urgent_line = next((n for n, line in enumerate(text.splitlines(), 1) if line.strip() == "[urgent]"), None)
        self.strings: dict[str, str] = {}

    def fail(self, problem: str, line: int | None = None) -> FlowError:
        return FlowError(self.path, problem, line)

    def line(self, header: str, index: int) -> int | None:
        lines = self.lines.get(header, [])
        return lines[index] if index < len(lines) else None

    # -- small pieces

    def table(self, raw: object, allowed: frozenset[str], where: str, line: int | None) -> dict[str, object]:
        if not isinstance(raw, dict):
            raise self.fail(f"{where} must be a table", line)
        if unknown := sorted(set(raw) - allowed):
            raise self.fail(f"unknown key(s) in {where}: {', '.join(unknown)}", line)
        return raw

    def ident(self, raw: dict[str, object], where: str, line: int | None) -> str:
        value = raw.get("id")
        if not isinstance(value, str) or not _ID.match(value):
            raise self.fail(f"{where} needs an id of lower-case words joined by '-', not {value!r}", line)
        return value

    def string(self, key: str, value: object, line: int | None) -> str:
        if not isinstance(value, str) or not value.strip():
            raise self.fail(f"missing string: {key!r} is empty", line)
        if found := typed_contact(value):
            raise self.fail(
                f"string {key!r} types a phone number, email or web address ({found!r}); "
                "name a contact by its id instead",
                line,
            )
        if key in self.strings:
            raise self.fail(f"string key {key!r} appears twice (duplicate id?)", line)
        self.strings[key] = value.strip()
        return key

    def text(self, raw: dict[str, object], name: str, key: str, where: str, line: int | None) -> PerReader[str]:
        if name not in raw:
            raise self.fail(f"missing string: {where} has no {name!r}", line)
        return self.by_reader(
            raw[name],
            line,
            lambda text, reader: self.string(f"{key}.{reader}" if reader else key, text, line),
            empty=f"missing string: {where} has an empty {name!r} table",
            named=f"{where}: {name!r}",
        )

    def id_list(self, value: object, what: str, where: str, line: int | None) -> tuple[str, ...]:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.fail(f"{where}: {what} must be a list of ids", line)
        if len(set(value)) != len(value):
            raise self.fail(f"{where}: a {what} id appears twice", line)
        return tuple(value)

    def contacts(self, value: object, where: str, line: int | None) -> tuple[str, ...]:
        ids = self.id_list(value, "contacts", where, line)
        if self.contact_ids is not None:
            for contact in ids:
                if contact not in self.contact_ids:
                    raise self.fail(f"{where} names unknown contact {contact!r}", line)
        return ids

    def per_reader(
        self, value: object, where: str, line: int | None, convert: Callable[[object, str, int | None], T]
    ) -> PerReader[T]:
        def check(item: object, _reader: str | None) -> T:
            return convert(item, where, line)

        return self.by_reader(value, line, check, empty=f"{where}: empty table by reader", named=where)

    def by_reader(
        self, value: object, line: int | None, convert: Callable[[object, str | None], T], *, empty: str, named: str
    ) -> PerReader[T]:
        """One value for every reader, or a table by reader; `convert(item, reader)` checks each value (the
        reader is None for a single value). `empty` and `named` word the problems."""
        if not isinstance(value, dict):
            return PerReader(((OTHER, convert(value, None)),))
        if not value:
            raise self.fail(empty, line)
        pairs = []
        for reader, item in value.items():
            if reader not in (*READERS, OTHER):
                raise self.fail(f"{named} names unknown reader {reader!r}", line)
            pairs.append((reader, convert(item, reader)))
        return PerReader(tuple(pairs))

    def page(self, value: object, where: str, line: int | None) -> str:
        if not isinstance(value, str) or not _ID.match(value):
            raise self.fail(f"{where}: page must be a page id, not {value!r}", line)
        if self.page_ids is not None and value not in self.page_ids:
            raise self.fail(f"{where} names unknown page {value!r}", line)
        return value

    def condition(self, raw: object, where: str, line: int | None) -> Condition:
        if raw is None:
            return ALWAYS
        if not isinstance(raw, dict):
            raise self.fail(f"{where}: a condition must be a table", line)
        answers: list[tuple[str, frozenset[str]]] = []
        all_of: list[Condition] = []
        any_of: list[Condition] = []
        none_of: list[Condition] = []
        for name, value in raw.items():
            if name in ("any", "all"):
                if not isinstance(value, list) or not value:
                    raise self.fail(f"{where}: '{name}' must be a non-empty list of conditions", line)
                parts = [self.condition(part, where, line) for part in value]
                (any_of if name == "any" else all_of).extend(parts)
            elif name == "not":
                none_of.append(self.condition(value, where, line))
            else:
                options = self.id_list(value, f"options of {name!r}", where, line)
                if not options:
                    raise self.fail(f"{where}: the condition on {name!r} lists no options", line)
                answers.append((name, frozenset(options)))
        return Condition(tuple(answers), tuple(all_of), tuple(any_of), tuple(none_of))

    def check_condition(
        self, condition: Condition, where: str, line: int | None, known: Mapping[str, Question], earlier: set[str]
    ) -> None:
        """Every question and option named exists; a question's own condition names only earlier questions."""
        for question_id, option in condition.references():
            if question_id not in known:
                raise self.fail(f"condition of {where} names unknown question {question_id!r}", line)
            if option is not None and option not in known[question_id].option_ids():
                raise self.fail(
                    f"condition of {where} names unknown option {option!r} of question {question_id!r}", line
                )
            if question_id not in earlier:
                raise self.fail(
                    f"loop: the condition of {where} depends on question {question_id!r}, which is not asked "
                    "before it (questions are asked in file order)",
                    line,
                )

    def require_readers(self, text: PerReader[str], readers: Iterable[str], key: str, line: int | None) -> None:
        if missing := text.missing(sorted(readers)):
            raise self.fail(
                f"missing string: {key!r} has no text for reader(s) {', '.join(missing)} (add them, or 'other')",
                line,
            )

    # -- the parts

    def load(self) -> Flow:
        data = self.table(self.data, self.TOP, "the flow file", None)
        if data.get("version") != FLOW_VERSION:
            raise self.fail(f"'version' must be {FLOW_VERSION}", 1)
        for name in ("urgent", "question", "step", "reassurance"):
            if name not in data:
                raise self.fail(f"the flow has no '{name}'")
        questions = self.questions(data["question"])
        known = {q.id: q for q in questions}
        urgent = self.urgent(data["urgent"], known)
        steps = self.steps(data["step"], known)
        reassurances = self.messages(data["reassurance"], "reassurance", known)
        supports = self.messages(data.get("support", []), "support", known)
        strings = MappingProxyType(dict(self.strings))
        return Flow(self.path, questions, steps, reassurances, supports, urgent, strings, strings)

    def questions(self, raw: object) -> tuple[Question, ...]:
        if not isinstance(raw, list) or not raw:
            raise self.fail("'question' must be a list of [[question]] tables")
        questions: list[Question] = []
        option_index = 0
        for index, entry in enumerate(raw):
            line = self.line("question", index)
            table = self.table(entry, self.QUESTION, f"question #{index + 1}", line)
            qid = self.ident(table, f"question #{index + 1}", line)
            where = f"question {qid!r}"
            if qid in _RESERVED:
                raise self.fail(f"{where}: '{qid}' is reserved for conditions", line)
            if any(q.id == qid for q in questions):
                raise self.fail(f"duplicate question id {qid!r}", line)
            key = f"question.{qid}"
            prompt = self.text(table, "prompt", f"{key}.prompt", where, line)
            help_text = self.text(table, "help", f"{key}.help", where, line) if "help" in table else None
            when = self.condition(table.get("when"), where, line)
            raw_options = table.get("option")
            if not isinstance(raw_options, list) or not raw_options:
                raise self.fail(f"{where} has no options", line)
            options: list[Option] = []
            for entry_option in raw_options:
                option_line = self.line("question.option", option_index)
                option_index += 1
                option_table = self.table(entry_option, self.OPTION, f"an option of {where}", option_line)
                oid = self.ident(option_table, f"an option of {where}", option_line)
                if any(o.id == oid for o in options):
                    raise self.fail(f"duplicate option id {oid!r} in {where}", option_line)
                option_where = f"option {oid!r} of {where}"
                label = self.text(option_table, "label", f"{key}.option.{oid}.label", option_where, option_line)
                option_when = self.condition(option_table.get("when"), option_where, option_line)
                options.append(Option(oid, label, option_when))
            question = Question(qid, prompt, help_text, tuple(options), when)
            questions.append(question)
        known = {q.id: q for q in questions}
        if READER_QUESTION not in known:
            raise self.fail(f"the flow has no {READER_QUESTION!r} question (who the reader is)")
        if set(known[READER_QUESTION].option_ids()) != set(READERS):
            raise self.fail(f"the options of {READER_QUESTION!r} must be exactly: {', '.join(READERS)}")
        reader_known = False
        option_index = 0
        for index, question in enumerate(questions):
            line = self.line("question", index)
            earlier = {q.id for q in questions[:index]}
            where = f"question {question.id!r}"
            self.check_condition(question.when, where, line, known, earlier)
            texts: list[tuple[str, PerReader[str], Condition]] = [
                (f"question.{question.id}.prompt", question.prompt, question.when)
            ]
            if question.help:
                texts.append((f"question.{question.id}.help", question.help, question.when))
            for option in question.options:
                option_line = self.line("question.option", option_index)
                option_index += 1
                self.check_condition(option.when, f"option {option.id!r} of {where}", option_line, known, earlier)
                both = Condition(all_of=(question.when, option.when))
                texts.append((f"question.{question.id}.option.{option.id}.label", option.label, both))
            for key, text, condition in texts:
                if text.varies and not reader_known:
                    raise self.fail(
                        f"{where} is asked before {READER_QUESTION!r}, so {key!r} cannot differ by reader", line
                    )
                self.require_readers(text, condition.readers(), key, line)
            reader_known = reader_known or question.id == READER_QUESTION
        return tuple(questions)

    def urgent(self, raw: object, known: Mapping[str, Question]) -> UrgentRule:
        line = self.urgent_line
        table = self.table(raw, self.URGENT, "[urgent]", line)
        when = self.condition(table.get("when"), "[urgent]", line)
        if when == ALWAYS:
            raise self.fail("[urgent] needs a condition (which safety answers are urgent)", line)
        self.check_condition(when, "[urgent]", line, known, set(known))
        title = self.string("urgent.title", table.get("title"), line)
        text = self.string("urgent.text", table.get("text"), line)
        contacts = self.contacts(table.get("contacts"), "[urgent]", line)
        if URGENT_CONTACT not in contacts:
            raise self.fail(f"[urgent] must offer the {URGENT_CONTACT!r} contact", line)
        return UrgentRule(when, self.strings[title], self.strings[text], contacts)

    def steps(self, raw: object, known: Mapping[str, Question]) -> tuple[StepRule, ...]:
        if not isinstance(raw, list) or not raw:
            raise self.fail("'step' must be a list of [[step]] tables")
        steps: list[StepRule] = []
        for index, entry in enumerate(raw):
            line = self.line("step", index)
            table = self.table(entry, self.STEP, f"step #{index + 1}", line)
            sid = self.ident(table, f"step #{index + 1}", line)
            where = f"step {sid!r}"
            if any(s.id == sid for s in steps):
                raise self.fail(f"duplicate step id {sid!r}", line)
            rank = table.get("rank")
            if not isinstance(rank, int) or isinstance(rank, bool) or rank < 0:
                raise self.fail(f"{where}: 'rank' must be a whole number, 0 or more", line)
            kind = table.get("kind")
            if kind not in KINDS:
                raise self.fail(f"{where} has unknown kind {kind!r} (known: {', '.join(KINDS)})", line)
            when = self.condition(table.get("when"), where, line)
            self.check_condition(when, where, line, known, set(known))
            key = f"step.{sid}"
            texts = {name: self.text(table, name, f"{key}.{name}", where, line) for name in ("action", "why", "how")}
            if "contacts" not in table:
                raise self.fail(f"{where} has no 'contacts' (an empty list if it needs none)", line)
            contacts = self.per_reader(table["contacts"], where, line, self.contacts)
            page = self.per_reader(table["page"], where, line, self.page) if "page" in table else None
            readers = when.readers()
            for name, text in texts.items():
                self.require_readers(text, readers, f"{key}.{name}", line)
            if missing := contacts.missing(sorted(readers)):
                raise self.fail(f"{where}: 'contacts' has no list for reader(s) {', '.join(missing)}", line)
            steps.append(
                StepRule(sid, rank, str(kind), when, texts["action"], texts["why"], texts["how"], contacts, page, index)
            )
        return tuple(steps)

    def messages(self, raw: object, header: str, known: Mapping[str, Question]) -> tuple[MessageRule, ...]:
        if not isinstance(raw, list) or (header == "reassurance" and not raw):
            raise self.fail(f"'{header}' must be a list of [[{header}]] tables")
        allowed = self.SUPPORT if header == "support" else self.REASSURANCE
        messages: list[MessageRule] = []
        for index, entry in enumerate(raw):
            line = self.line(header, index)
            table = self.table(entry, allowed, f"{header} #{index + 1}", line)
            mid = self.ident(table, f"{header} #{index + 1}", line)
            where = f"{header} {mid!r}"
            if any(m.id == mid for m in messages):
                raise self.fail(f"duplicate {header} id {mid!r}", line)
            when = self.condition(table.get("when"), where, line)
            self.check_condition(when, where, line, known, set(known))
            key = f"{header}.{mid}.text"
            text = self.text(table, "text", key, where, line)
            self.require_readers(text, when.readers(), key, line)
            contacts = self.contacts(table.get("contacts", []), where, line) if header == "support" else ()
            messages.append(MessageRule(mid, when, text, contacts))
        return tuple(messages)


def _flatten(data: Mapping[str, object], prefix: str = "") -> Iterator[tuple[str, object]]:
    for name, value in data.items():
        key = f"{prefix}{name}"
        if isinstance(value, dict):
            yield from _flatten(value, f"{key}.")
        else:
            yield key, value


def _apply_overlay(flow: Flow, overlay_path: Path) -> Flow:
    data, _ = _read_toml(overlay_path)
    hashes = data.pop(HASHES_TABLE, {})
    if not isinstance(hashes, dict) or not all(isinstance(v, str) for v in hashes.values()):
        raise FlowError(overlay_path, f"[{HASHES_TABLE}] must map string keys to hashes")
    texts: dict[str, str] = {}
    for key, value in _flatten(data):
        if key not in flow.english:
            raise FlowError(overlay_path, f"unknown string key {key!r} (not in {flow.path.name})")
        if not isinstance(value, str) or not value.strip():
            raise FlowError(overlay_path, f"missing string: {key!r} must be non-empty text")
        if found := typed_contact(value):
            raise FlowError(overlay_path, f"string {key!r} types a phone number, email or web address ({found!r})")
        texts[key] = value.strip()
    # A translation made from English that has changed since is not used: the English is shown instead.
    out_of_date = out_of_date_keys(flow.english, texts, hashes)
    strings = dict(flow.english)
    translated = set(texts) - out_of_date
    strings.update({key: texts[key] for key in translated})
    # The urgent notice holds its text (it is shown before the reader is known), not keys.
    urgent = dataclasses.replace(flow.urgent, title=strings["urgent.title"], text=strings["urgent.text"])
    return dataclasses.replace(
        flow,
        strings=MappingProxyType(strings),
        urgent=urgent,
        language=overlay_path.stem,
        translated=frozenset(translated),
        out_of_date=frozenset(out_of_date),
    )


def load_flow(
    path: Path,
    overlay_path: Path | None = None,
    *,
    contact_ids: Iterable[str] | None = None,
    page_ids: Iterable[str] | None = None,
) -> Flow:
    """Read and check the flow, then lay a language overlay over its strings.

    `contact_ids` and `page_ids`, when given, are the ids that exist; naming any other is an error.
    Any problem raises FlowError with the file (flow or overlay), the problem and, where known, the
    line. An overlay may only hold keys the flow has; keys it leaves out stay in English.
    """
    flow = _Loader(Path(path), contact_ids, page_ids).load()
    return _apply_overlay(flow, Path(overlay_path)) if overlay_path is not None else flow
