"""The "What to do now" wizard: the flow as data, a session that asks it, and the plan it leads to.

The questions, branches and plan steps live in `resources/wizard/flow.toml` (English) and are read
by `load_flow`, which refuses anything malformed with a `FlowError` naming the file and the problem.
A translation is an overlay, `resources/wizard/<language>.toml`, mapping string keys to text; any
key it leaves out falls back to English.

The model, in brief:

- Questions are asked in file order. A question, or one of its options, may carry a condition
  (`when`) and is only shown when it holds. A condition may only name questions asked before it,
  so the flow can never loop; `load_flow` refuses one that does.
- A condition is a table: `question = ["option", ...]` holds when the question was answered with one
  of those options (a question that was not asked matches nothing); `any = [...]` holds when at
  least one of its conditions does; `all = [...]` when all do; `not = {...}` when it does not. Every
  entry must hold; an empty or missing condition always holds.
- Every user-facing string has a key made from where it sits, such as `question.safety.prompt` or
  `step.never-pay.action.young`. A text (and a step's `contacts` and `page`) is either one value for
  every reader, or a table by reader (`young`, `parent`, `staff`, `adult`, and `other` for the rest).
- A plan is every step whose condition holds, ordered by `rank` (then file order), with its strings
  resolved for the reader, plus a reassurance to open with and support to offer throughout.

Answers live in memory only: nothing here writes anything anywhere. No Qt.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Generic, TypeVar

from safetyapp.core.audience import AUDIENCES
from safetyapp.core.contacts import TYPED_CONTACT
from safetyapp.core.errors import DataFileError, toml_error_line
from safetyapp.core.resources import (
    SOURCE_LANGUAGE,
    resources_dir,
)

FLOW_VERSION = 1

AUDIENCE_QUESTION = "who"
"""The question whose answer is the reader; its options are exactly the four readers."""
SITUATION_QUESTION = "happening"
"""The question that says what is happening; `check_flow` uses it to find the blackmail paths."""
NOT_SURE = "not-sure"
"""The option every question but the reader's offers, so nobody has to guess."""
OTHER = "other"
"""In a table by reader: the value for every reader the table does not name."""

KINDS = (
    "urgent",  # get help now: someone is in danger
    "reassure",  # calm, no blame, "you will be supported"
    "never-pay",  # do not pay (or no more)
    "stop-contact",  # stop replying, send nothing more
    "keep-evidence",  # do not delete; note the accounts
    "block-report",  # block and report on the platform
    "tell-someone",  # a trusted adult, a helpline
    "dsl",  # the Designated Safeguarding Lead's path for staff
    "image-safety",  # never view, copy or forward the image
    "report",  # police, CEOP, fraud reporting
    "remove-images",  # Report Remove, Take It Down, StopNCII, the platform
    "scam",  # scam email only: passwords, "if it is more than an email"
    "support",  # looking after yourself, reading more
)
BLACKMAIL_SITUATIONS = frozenset({"threatened-to-share", "posted", "told-me", "worried", "not-sure"})
"""Situations that are (or may be) blackmail: their plans must say never pay and keep the evidence."""
BLACKMAIL_KINDS = ("never-pay", "keep-evidence")
MUST_OFFER = MappingProxyType({"young": "childline", "adult": "revenge-porn-helpline"})
"""Every plan for this reader offers this contact, in a step or in the support shown throughout."""
URGENT_CONTACT = "emergency"
MIN_STEPS = 3

_ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
_RESERVED = frozenset({"any", "all", "not"})

T = TypeVar("T")


class FlowError(DataFileError):
    """The flow (or a language overlay) cannot be used: names the file, the problem and, if known, the line."""


# --------------------------------------------------------------------------------------------------
# The flow as loaded


@dataclass(frozen=True)
class PerReader(Generic[T]):
    """A value for every reader, or one per reader.

    `values` pairs a reader (or `OTHER`) with its value; a single value for everyone is stored as
    `(("other", value),)`. For texts the value is the string's key, not the text itself.
    """

    values: tuple[tuple[str, T], ...]

    def get(self, reader: str | None) -> T | None:
        """The value for `reader`, else the `other` value, else None."""
        fallback = None
        for name, value in self.values:
            if name == reader:
                return value
            if name == OTHER:
                fallback = value
        return fallback

    @property
    def varies(self) -> bool:
        """True when the value differs by reader (so it cannot be shown before the reader is known)."""
        return any(name != OTHER for name, _ in self.values)

    def missing(self, readers: Iterable[str]) -> list[str]:
        """The readers among `readers` that have no value."""
        named = {name for name, _ in self.values}
        return [] if OTHER in named else [r for r in readers if r not in named]

    def all_values(self) -> tuple[T, ...]:
        return tuple(value for _, value in self.values)


@dataclass(frozen=True)
class Condition:
    """When something applies. Every part must hold; see the module docstring for the TOML form.

    `answers` pairs a question id with the options that satisfy it; `any_of` needs one of its
    conditions to hold (if it has any); `none_of` needs each of its conditions to fail.
    """

    answers: tuple[tuple[str, frozenset[str]], ...] = ()
    all_of: tuple[Condition, ...] = ()
    any_of: tuple[Condition, ...] = ()
    none_of: tuple[Condition, ...] = ()

    def holds(self, answers: Mapping[str, str]) -> bool:
        # Plain loops: this runs for every rule on every path when the flow is checked.
        for question, options in self.answers:
            if answers.get(question) not in options:
                return False
        for part in self.all_of:
            if not part.holds(answers):
                return False
        if self.any_of:
            for part in self.any_of:
                if part.holds(answers):
                    break
            else:
                return False
        return all(not part.holds(answers) for part in self.none_of)

    def might_hold(self, answers: Mapping[str, str], undecided: frozenset[str]) -> bool | None:
        """Three-valued `holds`: None when it depends on a question in `undecided` (not answered yet)."""

        def combine_all(results: list[bool | None]) -> bool | None:
            return False if False in results else (None if None in results else True)

        results: list[bool | None] = []
        for question, options in self.answers:
            if question in answers:
                results.append(answers[question] in options)
            else:
                results.append(None if question in undecided else False)
        results += [part.might_hold(answers, undecided) for part in self.all_of]
        if self.any_of:
            parts = [part.might_hold(answers, undecided) for part in self.any_of]
            results.append(True if True in parts else (None if None in parts else False))
        for part in self.none_of:
            result = part.might_hold(answers, undecided)
            results.append(None if result is None else not result)
        return combine_all(results)

    def references(self) -> Iterator[tuple[str, str | None]]:
        """Every (question, option) the condition names; option None for the question alone."""
        for question, options in self.answers:
            yield question, None
            for option in sorted(options):
                yield question, option
        for part in (*self.all_of, *self.any_of, *self.none_of):
            yield from part.references()

    def readers(self) -> frozenset[str]:
        """The readers for whom this may hold (a safe over-estimate, used to check texts exist)."""
        result = set(AUDIENCES)
        for question, options in self.answers:
            if question == AUDIENCE_QUESTION:
                result &= options
        for part in self.all_of:
            result &= part.readers()
        if self.any_of:
            result &= set().union(*(part.readers() for part in self.any_of))
        for part in self.none_of:
            if not (part.all_of or part.any_of or part.none_of) and [q for q, _ in part.answers] == [AUDIENCE_QUESTION]:
                result -= part.answers[0][1]
        return frozenset(result)


ALWAYS = Condition()


@dataclass(frozen=True)
class Option:
    id: str
    label: PerReader[str]
    when: Condition = ALWAYS


@dataclass(frozen=True)
class Question:
    id: str
    prompt: PerReader[str]
    help: PerReader[str] | None
    options: tuple[Option, ...]
    when: Condition = ALWAYS

    def option_ids(self) -> tuple[str, ...]:
        return tuple(option.id for option in self.options)


@dataclass(frozen=True)
class StepRule:
    """A plan step as written in the flow: shown when `when` holds, in `rank` order."""

    id: str
    rank: int
    kind: str
    when: Condition
    action: PerReader[str]
    why: PerReader[str]
    how: PerReader[str]
    contacts: PerReader[tuple[str, ...]]
    page: PerReader[str] | None
    order: int
    """Position in the file: breaks ties between equal ranks."""


@dataclass(frozen=True)
class MessageRule:
    """A reassurance (the first that holds opens the plan) or a support note (all that hold are shown)."""

    id: str
    when: Condition
    text: PerReader[str]
    contacts: tuple[str, ...] = ()


@dataclass(frozen=True)
class UrgentRule:
    """What the UI shows at once when the safety answer says someone may be in danger."""

    when: Condition
    title: str
    text: str
    contacts: tuple[str, ...]


@dataclass(frozen=True, eq=False)
class Flow:
    """The questions, steps and strings of the wizard, checked and ready to use."""

    path: Path
    questions: tuple[Question, ...]
    steps: tuple[StepRule, ...]
    reassurances: tuple[MessageRule, ...]
    supports: tuple[MessageRule, ...]
    urgent: UrgentRule
    strings: Mapping[str, str]
    """Every string by key, in the flow's language (English where the overlay has no text)."""
    english: Mapping[str, str]
    language: str = SOURCE_LANGUAGE
    translated: frozenset[str] = frozenset()
    """The keys the overlay replaced; the rest are shown in English."""

    def question(self, question_id: str) -> Question:
        for question in self.questions:
            if question.id == question_id:
                return question
        raise KeyError(question_id)

    def step(self, step_id: str) -> StepRule:
        for step in self.steps:
            if step.id == step_id:
                return step
        raise KeyError(step_id)

    def text(self, key: str) -> str:
        return self.strings[key]

    def resolve(self, text: PerReader[str], reader: str | None) -> str:
        """The text for this reader; FlowError if the flow has none (load_flow normally prevents it)."""
        key = text.get(reader)
        if key is None:
            keys = ", ".join(k for _, k in text.values)
            raise FlowError(self.path, f"missing string: no text for reader {reader!r} among {keys}")
        return self.strings[key]

    def contact_ids(self) -> set[str]:
        """Every contact id the flow names anywhere."""
        found = set(self.urgent.contacts)
        for step in self.steps:
            for contacts in step.contacts.all_values():
                found.update(contacts)
        for message in (*self.reassurances, *self.supports):
            found.update(message.contacts)
        return found

    def page_ids(self) -> set[str]:
        return {page for step in self.steps if step.page for page in step.page.all_values()}


# --------------------------------------------------------------------------------------------------
# What the UI shows


@dataclass(frozen=True)
class Choice:
    id: str
    label: str


@dataclass(frozen=True)
class AskedQuestion:
    """A question as shown: texts resolved for the reader, only the options that apply."""

    id: str
    prompt: str
    help: str
    choices: tuple[Choice, ...]
    selected: str | None
    """The option to show as chosen: the earlier answer after Back, else the preselected one."""


@dataclass(frozen=True)
class PlanStep:
    id: str
    kind: str
    action: str
    """One short line to act on."""
    why: str
    how: str
    """Longer help; short paragraphs separated by blank lines."""
    contacts: tuple[str, ...]
    page: str | None

    @property
    def how_paragraphs(self) -> tuple[str, ...]:
        return tuple(p.strip() for p in re.split(r"\n\s*\n", self.how) if p.strip())


@dataclass(frozen=True)
class SupportNote:
    """Help offered beside the whole plan ("you can talk to Childline at any point")."""

    id: str
    text: str
    contacts: tuple[str, ...]


@dataclass(frozen=True)
class UrgentNotice:
    title: str
    text: str
    contacts: tuple[str, ...]


@dataclass(frozen=True)
class Plan:
    """The personal action plan: reassurance first, then the numbered steps, with support throughout."""

    reader: str
    reassurance: str
    steps: tuple[PlanStep, ...]
    support: tuple[SupportNote, ...]
    urgent: bool

    @property
    def step_ids(self) -> tuple[str, ...]:
        return tuple(step.id for step in self.steps)

    @property
    def kinds(self) -> frozenset[str]:
        return frozenset(step.kind for step in self.steps)

    @property
    def contact_ids(self) -> tuple[str, ...]:
        """Every contact the plan offers, steps first, each once."""
        seen: dict[str, None] = {}
        for contacts in (*(s.contacts for s in self.steps), *(n.contacts for n in self.support)):
            seen.update(dict.fromkeys(contacts))
        return tuple(seen)

    def texts(self) -> Iterator[str]:
        """Every string shown in the plan."""
        yield self.reassurance
        for step in self.steps:
            yield from (step.action, step.why, step.how)
        for note in self.support:
            yield note.text


# --------------------------------------------------------------------------------------------------
# Loading


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
        if found := TYPED_CONTACT.search(value):
            raise self.fail(
                f"string {key!r} types a phone number, email or web address ({found.group(0)!r}); "
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
        value = raw[name]
        if isinstance(value, dict):
            if not value:
                raise self.fail(f"missing string: {where} has an empty {name!r} table", line)
            pairs = []
            for reader, text in value.items():
                if reader not in (*AUDIENCES, OTHER):
                    raise self.fail(f"{where}: {name!r} names unknown reader {reader!r}", line)
                pairs.append((reader, self.string(f"{key}.{reader}", text, line)))
            return PerReader(tuple(pairs))
        return PerReader(((OTHER, self.string(key, value, line)),))

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
        if isinstance(value, dict):
            if not value:
                raise self.fail(f"{where}: empty table by reader", line)
            pairs = []
            for reader, item in value.items():
                if reader not in (*AUDIENCES, OTHER):
                    raise self.fail(f"{where} names unknown reader {reader!r}", line)
                pairs.append((reader, convert(item, where, line)))
            return PerReader(tuple(pairs))
        return PerReader(((OTHER, convert(value, where, line)),))

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
        if AUDIENCE_QUESTION not in known:
            raise self.fail(f"the flow has no {AUDIENCE_QUESTION!r} question (who the reader is)")
        if set(known[AUDIENCE_QUESTION].option_ids()) != set(AUDIENCES):
            raise self.fail(f"the options of {AUDIENCE_QUESTION!r} must be exactly: {', '.join(AUDIENCES)}")
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
                        f"{where} is asked before {AUDIENCE_QUESTION!r}, so {key!r} cannot differ by reader", line
                    )
                self.require_readers(text, condition.readers(), key, line)
            reader_known = reader_known or question.id == AUDIENCE_QUESTION
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
    import dataclasses

    data, _ = _read_toml(overlay_path)
    strings = dict(flow.english)
    translated = set()
    for key, value in _flatten(data):
        if key not in flow.english:
            raise FlowError(overlay_path, f"unknown string key {key!r} (not in {flow.path.name})")
        if not isinstance(value, str) or not value.strip():
            raise FlowError(overlay_path, f"missing string: {key!r} must be non-empty text")
        if found := TYPED_CONTACT.search(value):
            raise FlowError(overlay_path, f"string {key!r} types a phone number, email or web address ({found[0]!r})")
        strings[key] = value.strip()
        translated.add(key)
    # The urgent notice holds its text (it is shown before the reader is known), not keys.
    urgent = dataclasses.replace(flow.urgent, title=strings["urgent.title"], text=strings["urgent.text"])
    return dataclasses.replace(
        flow,
        strings=MappingProxyType(strings),
        urgent=urgent,
        language=overlay_path.stem,
        translated=frozenset(translated),
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


# --------------------------------------------------------------------------------------------------
# Walking the flow


def visible_options(question: Question, answers: Mapping[str, str]) -> tuple[Option, ...]:
    return tuple(option for option in question.options if option.when.holds(answers))


def next_question(flow: Flow, answers: Mapping[str, str]) -> Question | None:
    """The first question, in file order, that applies and is not answered yet; None when done."""
    for question in flow.questions:
        if question.id not in answers and question.when.holds(answers):
            return question
    return None


def check_answers(flow: Flow, answers: Mapping[str, str]) -> None:
    """ValueError unless every answer is to a known question, with an option it would offer then."""
    earlier: dict[str, str] = {}
    for question in flow.questions:
        if question.id not in answers:
            continue
        option = answers[question.id]
        if not question.when.holds(earlier):
            raise ValueError(f"question {question.id!r} is not asked after these answers")
        if option not in {o.id for o in visible_options(question, earlier)}:
            raise ValueError(f"{option!r} is not an option of question {question.id!r} here")
        earlier[question.id] = option
    if unknown := set(answers) - set(earlier):
        raise ValueError(f"unknown question(s): {', '.join(sorted(unknown))}")


def _walk(flow: Flow, answers: dict[str, str]) -> Iterator[tuple[dict[str, str], Question | None]]:
    """Depth first through every reachable path: (answers, None) at each end, (answers, question) at a dead end."""
    question = next_question(flow, answers)
    if question is None:
        yield dict(answers), None
        return
    options = visible_options(question, answers)
    if not options:
        yield dict(answers), question
        return
    for option in options:
        answers[question.id] = option.id
        yield from _walk(flow, answers)
        del answers[question.id]


def all_paths(flow: Flow) -> list[dict[str, str]]:
    """Every reachable complete set of answers, each in the order asked. FlowError on a dead end."""
    paths = []
    for answers, dead_end in _walk(flow, {}):
        if dead_end is not None:
            raise FlowError(flow.path, f"dead end: question {dead_end.id!r} has no options after {_show(answers)}")
        paths.append(answers)
    return paths


def build_plan(flow: Flow, answers: Mapping[str, str]) -> Plan:
    """The plan for these answers: every step that applies, in rank order, texts resolved for the reader.

    The answers must include the reader (the `who` question); the rest may be partial.
    """
    check_answers(flow, answers)
    return _plan(flow, answers)


def _plan(flow: Flow, answers: Mapping[str, str]) -> Plan:
    """build_plan without checking the answers (they come from walking the flow)."""
    reader = answers.get(AUDIENCE_QUESTION)
    if reader is None:
        raise ValueError(f"a plan needs the answer to {AUDIENCE_QUESTION!r}")
    rules = sorted((s for s in flow.steps if s.when.holds(answers)), key=lambda s: (s.rank, s.order))
    steps = []
    for rule in rules:
        contacts = rule.contacts.get(reader)
        if contacts is None:
            raise FlowError(flow.path, f"step {rule.id!r} has no contacts for reader {reader!r}")
        steps.append(
            PlanStep(
                id=rule.id,
                kind=rule.kind,
                action=flow.resolve(rule.action, reader),
                why=flow.resolve(rule.why, reader),
                how=flow.resolve(rule.how, reader),
                contacts=contacts,
                page=rule.page.get(reader) if rule.page else None,
            )
        )
    reassurance = next((flow.resolve(r.text, reader) for r in flow.reassurances if r.when.holds(answers)), "")
    support = tuple(
        SupportNote(s.id, flow.resolve(s.text, reader), s.contacts) for s in flow.supports if s.when.holds(answers)
    )
    return Plan(reader, reassurance, tuple(steps), support, flow.urgent.when.holds(answers))


class WizardSession:
    """One run through the wizard. Answers are held in memory only, and `reset()` forgets them.

    The UI asks `current_question()`, passes the choice to `answer()`, and shows `build_plan` (via
    `plan()`) once `is_finished()`. `preselected` suggests answers (the reader chosen at start) that
    the UI shows as already selected; they count only once the user confirms them with `answer()`.
    """

    def __init__(self, flow: Flow, preselected: Mapping[str, str] | None = None) -> None:
        self.flow = flow
        self._preselected = dict(preselected or {})
        self._answers: dict[str, str] = {}
        self._undone: dict[str, str] = {}

    def __repr__(self) -> str:  # never show the answers (they could end up in a log)
        return f"<WizardSession {len(self._answers)} answer(s)>"

    @property
    def answers(self) -> Mapping[str, str]:
        """A read-only copy of the answers so far, in the order asked."""
        return MappingProxyType(dict(self._answers))

    @property
    def reader(self) -> str | None:
        return self._answers.get(AUDIENCE_QUESTION)

    def _current(self) -> Question | None:
        return next_question(self.flow, self._answers)

    def current_question(self) -> AskedQuestion | None:
        """The question to show now, resolved for the reader; None once every question is answered."""
        question = self._current()
        if question is None:
            return None
        reader = self.reader
        choices = tuple(
            Choice(o.id, self.flow.resolve(o.label, reader)) for o in visible_options(question, self._answers)
        )
        ids = {c.id for c in choices}
        selected = next(
            (s for s in (self._undone.get(question.id), self._preselected.get(question.id)) if s in ids), None
        )
        return AskedQuestion(
            id=question.id,
            prompt=self.flow.resolve(question.prompt, reader),
            help=self.flow.resolve(question.help, reader) if question.help else "",
            choices=choices,
            selected=selected,
        )

    def answer(self, question_id: str, option_id: str) -> None:
        """Answer the current question. ValueError for any other question or an option it does not offer."""
        question = self._current()
        if question is None or question.id != question_id:
            raise ValueError(f"{question_id!r} is not the current question")
        if option_id not in {o.id for o in visible_options(question, self._answers)}:
            raise ValueError(f"{option_id!r} is not an option of {question_id!r} here")
        self._answers[question_id] = option_id
        self._undone.pop(question_id, None)

    def can_go_back(self) -> bool:
        return bool(self._answers)

    def back(self) -> None:
        """Go back to the question answered last: its answer is dropped (but shown as selected).

        Every later answer was already dropped by earlier steps back, so none survives. At the
        first question this does nothing.
        """
        if not self._answers:
            return
        question_id, option_id = self._answers.popitem()
        self._undone[question_id] = option_id

    def is_finished(self) -> bool:
        return self._current() is None

    def progress(self) -> tuple[int, int]:
        """(questions answered, an estimate of all the questions this run will ask).

        The estimate counts the current question and every later one that could still apply; it
        shrinks as answers rule questions out. When finished, both numbers are equal.
        """
        answered = len(self._answers)
        current = self._current()
        if current is None:
            return answered, answered
        undecided = {current.id}
        after = False
        for question in self.flow.questions:
            if question is current:
                after = True
            elif (
                after
                and question.id not in self._answers
                and question.when.might_hold(self._answers, frozenset(undecided)) is not False
            ):
                undecided.add(question.id)
        return answered, answered + len(undecided)

    def urgent(self) -> bool:
        """True when the safety answer says someone may be in danger: show `urgent_notice()` at once."""
        return self.flow.urgent.when.holds(self._answers)

    def urgent_notice(self) -> UrgentNotice | None:
        if not self.urgent():
            return None
        rule = self.flow.urgent
        return UrgentNotice(rule.title, rule.text, rule.contacts)

    def plan(self) -> Plan:
        return build_plan(self.flow, self._answers)

    def reset(self) -> None:
        """Forget every answer (Start again, quick exit)."""
        self._answers.clear()
        self._undone.clear()


# --------------------------------------------------------------------------------------------------
# Checking the whole flow

_IMAGE_NOUN = re.compile(
    r"\b(?:images?|imagery|photos?|pictures?|pics?|(?:semi-)?nudes?|videos?|footage|recordings?|selfies?)\b",
    re.IGNORECASE,
)
_HANDLING_VERB = re.compile(
    r"\b(?:view|look at|look for|search for|find|check|copy|save|store|keep|forward|send|share|show|print|"
    r"upload|pass on|open)\b",
    re.IGNORECASE,
)
_ALWAYS_RISKY = re.compile(r"\b(?:screen[- ]?shots?|screen[- ]?grabs?|screen[- ]?record(?:ing)?|download)\b", re.I)
_NEGATION = re.compile(
    r"\b(?:never|not|no|nobody|no one|without|avoid|instead of|rather than|refuse|illegal|against the law)\b"
    r"|n['\u2019]t\b",
    re.IGNORECASE,
)
_THIRD_PARTY = re.compile(
    r"(?:\bthreaten(?:s|ed|ing)? to|\b(?:someone|somebody|the blackmailer|blackmailers|the person)"
    r"(?: (?:will|may|might|could|would|can))?)\s+$"
    r"|\bunless\b[^,]*$",  # "unless I pay or send more" describes a demand
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(
    r"(?<=[.!?])\s+|\n+|[;:\u2014]| \u2013 |, and |, but | but |, then | then |, so ", re.IGNORECASE
)


def image_handling_instructions(text: str) -> list[str]:
    """Clauses in `text` that tell the reader to handle an image, rather than not to.

    A clause counts when it uses a handling verb (view, look at, copy, save, keep, forward, send,
    share, show, print, upload...) together with an image word (image, photo, picture, nude, video...),
    or a verb that is always about capturing content (screenshot, screen record, download), and no
    negation (never, not, don't, no one, without, illegal...) comes before that verb in the clause.
    Words describing the blackmailer or the demand ("threatening to share", "someone may share",
    "unless I pay or send more") do not count.
    Clauses end at sentence ends, semicolons, colons, dashes and ", and" / "but" / "then" / ", so".
    The rule is deliberately strict: reword a sentence rather than weaken the rule.
    """
    found = []
    for clause in _CLAUSE_BREAK.split(text):
        clause = clause.strip()
        if not clause:
            continue
        about_image = bool(_IMAGE_NOUN.search(clause))
        verbs = [m for m in _HANDLING_VERB.finditer(clause) if about_image] + list(_ALWAYS_RISKY.finditer(clause))
        for verb in verbs:
            before = clause[: verb.start()]
            if _NEGATION.search(before) or _THIRD_PARTY.search(before):
                continue
            found.append(clause)
            break
    return found


def _show(answers: Mapping[str, str]) -> str:
    return ", ".join(f"{q}={o}" for q, o in answers.items()) or "no answers"


def _static_problems(flow: Flow, contact_ids: set[str], page_ids: set[str]) -> list[str]:
    problems = []
    for contact in sorted(flow.contact_ids() - contact_ids):
        problems.append(f"unknown contact {contact!r} is named in the flow")
    for page in sorted(flow.page_ids() - page_ids):
        problems.append(f"unknown page {page!r} is named in the flow")
    for index, question in enumerate(flow.questions):
        earlier = {q.id for q in flow.questions[:index]}
        conditions = [question.when, *(o.when for o in question.options)]
        for question_id, _ in (ref for c in conditions for ref in c.references()):
            if question_id not in earlier:
                problems.append(f"loop: question {question.id!r} depends on {question_id!r}, not asked before it")
    for key, text in flow.english.items():
        for clause in image_handling_instructions(text):
            problems.append(f"string {key!r} tells the reader to handle an image: {clause!r}")
    return problems


def _path_problems(flow: Flow, answers: dict[str, str], plan: Plan) -> Iterator[str]:
    """What is wrong with the plan at the end of one path (each message without the path)."""
    if len(plan.steps) < MIN_STEPS:
        yield f"the plan has only {len(plan.steps)} step(s), fewer than {MIN_STEPS}"
    if not plan.reassurance:
        yield "no reassurance opens the plan"
    if answers.get(SITUATION_QUESTION) in BLACKMAIL_SITUATIONS:
        for kind in BLACKMAIL_KINDS:
            if kind not in plan.kinds:
                yield f"a blackmail plan for {plan.reader!r} has no {kind!r} step"
    needed = MUST_OFFER.get(plan.reader)
    if needed and needed not in plan.contact_ids:
        yield f"a plan for {plan.reader!r} does not offer {needed!r}"
    urgent_steps = [step for step in plan.steps if step.kind == "urgent"]
    if plan.urgent and (not plan.steps or plan.steps[0].kind != "urgent"):
        yield "an urgent plan does not open with the urgent step"
    if plan.urgent and urgent_steps and URGENT_CONTACT not in urgent_steps[0].contacts:
        yield f"the urgent step does not offer {URGENT_CONTACT!r}"
    if not plan.urgent and urgent_steps:
        yield "the urgent step is shown although nobody is said to be in danger"
    ranks: dict[int, str] = {}
    rank_of = {rule.id: rule.rank for rule in flow.steps}
    for step in plan.steps:
        rank = rank_of[step.id]
        if rank in ranks:
            yield f"steps {ranks[rank]!r} and {step.id!r} share rank {rank}, so their order is unclear"
        ranks[rank] = step.id


def check_flow(flow: Flow, contact_ids: Iterable[str], page_ids: Iterable[str]) -> list[str]:
    """Every problem with the flow as a whole, found by walking every reachable path; [] when sound.

    Checks: every contact and page named exists; no question depends on a later one (a loop);
    no string tells anyone to handle an image (`image_handling_instructions`) unless it says not
    to; every path ends (no dead ends) in a plan of at least three steps opened by a reassurance;
    every question but the reader's offers "not sure"; every blackmail path has never-pay and
    keep-evidence steps; every young person's plan offers Childline and every adult's the Revenge
    Porn Helpline; urgent plans open with the urgent step and only they have it; no two steps in a
    plan share a rank; and every question, option, step, reassurance and support note is reachable.
    Each problem is reported once, with the first path that shows it.
    """
    problems = _static_problems(flow, set(contact_ids), set(page_ids))
    found: dict[str, str] = {}
    asked: set[str] = set()
    offered: set[tuple[str, str]] = set()
    used_steps: set[str] = set()
    used_messages: set[str] = set()

    def note(message: str, answers: Mapping[str, str]) -> None:
        found.setdefault(message, _show(answers))

    def end(answers: dict[str, str]) -> None:
        try:
            plan = _plan(flow, answers)
        except (FlowError, ValueError) as error:
            note(f"no plan: {getattr(error, 'problem', error)}", answers)
            return
        used_steps.update(plan.step_ids)
        opening = next((r for r in flow.reassurances if r.when.holds(answers)), None)
        if opening is not None:
            used_messages.add(f"reassurance {opening.id!r}")
        used_messages.update(f"support {s.id!r}" for s in flow.supports if s.when.holds(answers))
        for message in _path_problems(flow, answers, plan):
            note(message, answers)

    def visit(answers: dict[str, str]) -> None:
        # Depth first, looking at each question once per distinct set of earlier answers.
        question = next_question(flow, answers)
        if question is None:
            end(answers)
            return
        if len(answers) >= len(flow.questions):  # cannot happen with the file order rule; a guard
            note("loop: the same question comes round again", answers)
            return
        options = visible_options(question, answers)
        asked.add(question.id)
        offered.update((question.id, option.id) for option in options)
        if not options:
            note(f"dead end: question {question.id!r} offers no options", answers)
            return
        if question.id != AUDIENCE_QUESTION and NOT_SURE not in {option.id for option in options}:
            note(f"question {question.id!r} does not offer {NOT_SURE!r}", answers)
        for option in options:
            answers[question.id] = option.id
            visit(answers)
            del answers[question.id]

    visit({})
    for question in flow.questions:
        if question.id not in asked:
            problems.append(f"question {question.id!r} is never asked")
            continue
        for option in question.options:
            if (question.id, option.id) not in offered:
                problems.append(f"option {option.id!r} of question {question.id!r} is never offered")
    for step in flow.steps:
        if step.id not in used_steps:
            problems.append(f"step {step.id!r} is in no plan")
    for message in (
        *(f"reassurance {r.id!r}" for r in flow.reassurances),
        *(f"support {s.id!r}" for s in flow.supports),
    ):
        if message not in used_messages:
            problems.append(f"{message} is never used")
    problems += [f"{message} (for example: {example})" for message, example in found.items()]
    return problems
