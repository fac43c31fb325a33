"""The wizard's flow as loaded: questions, conditions, plan steps and messages, with their string keys.

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

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar

from safetyapp.core.errors import DataFileError
from safetyapp.core.readers import READERS
from safetyapp.core.resources import SOURCE_LANGUAGE

FLOW_VERSION = 1

READER_QUESTION = "who"
"""The question whose answer is the reader; its options are exactly the four readers."""
SITUATION_QUESTION = "happening"
"""The question that says what is happening; `check_flow` uses it to find the blackmail paths."""
NOT_SURE = "not-sure"
"""The option every question but the reader's offers, so nobody has to guess."""
OTHER = "other"
"""In a table by reader: the value for every reader the table does not name."""

URGENT_KIND = "urgent"
"""The kind of the step that opens an urgent plan: get help now, someone is in danger."""
NEVER_PAY_KIND = "never-pay"
KEEP_EVIDENCE_KIND = "keep-evidence"
"""The kind of the steps that keep the evidence; a plan with one offers to write down the account details."""

KINDS = (
    URGENT_KIND,  # get help now: someone is in danger
    "reassure",  # calm, no blame, "you will be supported"
    NEVER_PAY_KIND,  # do not pay (or no more)
    "stop-contact",  # stop replying, send nothing more
    KEEP_EVIDENCE_KIND,  # do not delete; note the accounts
    "block-report",  # block and report on the platform
    "tell-someone",  # a trusted adult, a helpline
    "dsl",  # the Designated Safeguarding Lead's path for staff
    "image-safety",  # never view, copy or forward the image
    "report",  # police, CEOP, fraud reporting
    "remove-images",  # Report Remove, Take It Down, StopNCII, the platform
    "scam",  # scam email only: passwords, "if it is more than an email"
    "support",  # looking after yourself, reading more
)
URGENT_CONTACT = "emergency"
"""The contact the urgent notice and the urgent step must offer."""

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
        result = set(READERS)
        for question, options in self.answers:
            if question == READER_QUESTION:
                result &= options
        for part in self.all_of:
            result &= part.readers()
        if self.any_of:
            result &= set().union(*(part.readers() for part in self.any_of))
        for part in self.none_of:
            if not (part.all_of or part.any_of or part.none_of) and [q for q, _ in part.answers] == [READER_QUESTION]:
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
    out_of_date: frozenset[str] = frozenset()
    """Keys the overlay translates from English that has changed since: shown in English until updated."""

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
