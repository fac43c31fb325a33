"""Asking the flow: a `WizardSession` holds one run's answers (in memory only) and says which question
comes next; `build_plan` turns answers into the `Plan` the UI shows. No Qt.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from types import MappingProxyType

from safetyapp.core.readers import Reader, is_reader
from safetyapp.core.wizard.model import READER_QUESTION, Flow, FlowError, Option, Question

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

    reader: Reader
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
# Asking


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


def build_plan(flow: Flow, answers: Mapping[str, str]) -> Plan:
    """The plan for these answers: every step that applies, in rank order, texts resolved for the reader.

    The answers must include the reader (the `who` question); the rest may be partial.
    """
    check_answers(flow, answers)
    return plan_for_walked(flow, answers)


def plan_for_walked(flow: Flow, answers: Mapping[str, str]) -> Plan:
    """`build_plan` without checking the answers, for answers that come from walking the flow."""
    reader = answers.get(READER_QUESTION)
    if not is_reader(reader):
        raise ValueError(f"a plan needs the answer to {READER_QUESTION!r}")
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
    `plan()`) once `is_finished()`. `preselected` suggests answers that the UI shows as already
    selected; they count only once the user confirms them with `answer()`. `given` answers are known
    already (the reader chosen on the welcome screen or in Settings): they count at once, their
    questions are not asked, Back and `reset()` keep them, and `change_given()` gives another.
    """

    def __init__(
        self,
        flow: Flow,
        preselected: Mapping[str, str] | None = None,
        *,
        given: Mapping[str, str] | None = None,
    ) -> None:
        self.flow = flow
        self._preselected = dict(preselected or {})
        self._given = dict(given or {})
        check_answers(flow, self._given)
        self._answers: dict[str, str] = dict(self._given)
        self._undone: dict[str, str] = {}

    def __repr__(self) -> str:  # never show the answers (they could end up in a log)
        return f"<WizardSession {len(self._answers)} answer(s)>"

    @property
    def answers(self) -> Mapping[str, str]:
        """A read-only copy of the answers so far, in the order asked."""
        return MappingProxyType(dict(self._answers))

    @property
    def given(self) -> Mapping[str, str]:
        """The answers known before the first question (see the class docstring)."""
        return MappingProxyType(dict(self._given))

    @property
    def reader(self) -> Reader | None:
        reader = self._answers.get(READER_QUESTION)
        return reader if is_reader(reader) else None

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
        return len(self._answers) > len(self._given)

    def back(self) -> None:
        """Go back to the question answered last: its answer is dropped (but shown as selected).

        Every later answer was already dropped by earlier steps back, so none survives. At the
        first question this does nothing; given answers stay.
        """
        if not self.can_go_back():
            return
        question_id, option_id = self._answers.popitem()  # the given ones come first, so never one of them
        self._undone[question_id] = option_id

    def given_question(self, question_id: str) -> AskedQuestion:
        """A given question as it would be asked (for Change), its given answer selected. KeyError unless given."""
        selected = self._given[question_id]
        question = self.flow.question(question_id)
        earlier = {q: o for q, o in self._answers.items() if q in self._given and q != question_id}
        reader = self.reader
        return AskedQuestion(
            id=question.id,
            prompt=self.flow.resolve(question.prompt, reader),
            help=self.flow.resolve(question.help, reader) if question.help else "",
            choices=tuple(Choice(o.id, self.flow.resolve(o.label, reader)) for o in visible_options(question, earlier)),
            selected=selected,
        )

    def change_given(self, question_id: str, option_id: str) -> None:
        """Give another answer to a given question ("Change" beside the reader). The questions after it
        are asked again, each showing its earlier answer as selected (as after Back)."""
        if question_id not in self._given:
            raise ValueError(f"{question_id!r} is not a given question")
        given = {**self._given, question_id: option_id}
        check_answers(self.flow, given)
        order = [q.id for q in self.flow.questions]
        position = order.index(question_id)
        for later in [q for q in self._answers if q not in self._given and order.index(q) > position]:
            self._undone[later] = self._answers.pop(later)
        self._given = given
        self._answers = {**given, **{q: o for q, o in self._answers.items() if q not in given}}

    def is_finished(self) -> bool:
        return self._current() is None

    def progress(self) -> tuple[int, int]:
        """(questions answered, an estimate of all the questions this run will ask).

        The estimate counts the current question and every later one that could still apply; it
        shrinks as answers rule questions out. When finished, both numbers are equal.
        """
        answered = len(self._answers) - len(self._given)
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

    def answers_summary(self) -> list[tuple[str, str]]:
        """Each question asked, with the answer given, in the reader's words (for a printed plan)."""
        reader = self.reader
        rows = []
        for question in self.flow.questions:  # in the order asked, with a given reader in its place
            option_id = self._answers.get(question.id)
            if option_id is None:
                continue
            option = next(o for o in question.options if o.id == option_id)
            rows.append((self.flow.resolve(question.prompt, reader), self.flow.resolve(option.label, reader)))
        return rows

    def reset(self) -> None:
        """Forget every answer the user gave (Start again, quick exit); given answers stay."""
        self._answers = dict(self._given)
        self._undone.clear()
