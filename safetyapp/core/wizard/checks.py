"""Checking the whole flow: `walk` goes down every path a reader can take, and `check_flow` says what is
wrong with any of them. `--self-test` and the tests both use these. No Qt.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from types import MappingProxyType

from safetyapp.core.readers import ADULT, YOUNG, Reader
from safetyapp.core.resources import SOURCE_LANGUAGE
from safetyapp.core.wizard.engine import Plan, next_question, plan_for_walked, visible_options
from safetyapp.core.wizard.model import (
    KEEP_EVIDENCE_KIND,
    NEVER_PAY_KIND,
    NOT_SURE,
    READER_QUESTION,
    SITUATION_QUESTION,
    URGENT_CONTACT,
    URGENT_KIND,
    Flow,
    FlowError,
    Option,
    Question,
)
from safetyapp.core.wording import instruction_problems

BLACKMAIL_SITUATIONS = frozenset({"threatened-to-share", "posted", "told-me", "worried", NOT_SURE})
"""Situations that are (or may be) blackmail: their plans must say never pay and keep the evidence."""
BLACKMAIL_KINDS = (NEVER_PAY_KIND, KEEP_EVIDENCE_KIND)
MUST_OFFER: Mapping[Reader, str] = MappingProxyType({YOUNG: "childline", ADULT: "revenge-porn-helpline"})
"""Every plan for this reader offers this contact, in a step or in the support shown throughout."""
MIN_STEPS = 3


@dataclass(frozen=True)
class Stop:
    """One point on a path through the flow, with the answers given to reach it.

    At a question, `question` is the question asked there and `options` what it offered (none: a dead
    end, the path stops). At the end of a path, `question` is None: the answers make a plan.
    """

    answers: Mapping[str, str]
    question: Question | None = None
    options: tuple[Option, ...] = ()


def walk(flow: Flow, answers: Mapping[str, str] | None = None) -> Iterator[Stop]:
    """Depth first down every path from `answers` (the start when None), each question before the paths
    through it. Each question is looked at once per distinct set of earlier answers."""
    given = dict(answers or {})

    def visit() -> Iterator[Stop]:
        question = next_question(flow, given)
        if question is None:
            yield Stop(dict(given))
            return
        options = visible_options(question, given)
        yield Stop(dict(given), question, options)
        for option in options:
            given[question.id] = option.id
            yield from visit()
            del given[question.id]

    return visit()


def all_paths(flow: Flow) -> list[dict[str, str]]:
    """Every reachable complete set of answers, each in the order asked. FlowError on a dead end."""
    paths = []
    for stop in walk(flow):
        if stop.question is None:
            paths.append(dict(stop.answers))
        elif not stop.options:
            problem = f"dead end: question {stop.question.id!r} has no options after {_show(stop.answers)}"
            raise FlowError(flow.path, problem)
    return paths


def wording_problems(flow: Flow) -> list[str]:
    """Each string that breaks a wording rule (`core.wording`): every string of an English flow, and the
    translated strings of a translated one (the rest are English, checked with the English flow)."""
    keys = flow.strings if flow.language == SOURCE_LANGUAGE else sorted(flow.translated)
    return [f"string {key!r} {problem}" for key in keys for problem in instruction_problems(flow.strings[key])]


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
    return problems + wording_problems(flow)


def _path_problems(flow: Flow, answers: Mapping[str, str], plan: Plan) -> Iterator[str]:
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
    urgent_steps = [step for step in plan.steps if step.kind == URGENT_KIND]
    if plan.urgent and (not plan.steps or plan.steps[0].kind != URGENT_KIND):
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
    no string breaks a wording rule (`wording_problems`: no blame, nothing that tells anyone to
    handle an image); every path ends (no dead ends) in a plan of at least three steps opened by a reassurance;
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

    def end(answers: Mapping[str, str]) -> None:
        try:
            plan = plan_for_walked(flow, answers)
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

    for stop in walk(flow):
        question = stop.question
        if question is None:
            end(stop.answers)
            continue
        asked.add(question.id)
        offered.update((question.id, option.id) for option in stop.options)
        if not stop.options:
            note(f"dead end: question {question.id!r} offers no options", stop.answers)
        elif question.id != READER_QUESTION and NOT_SURE not in {option.id for option in stop.options}:
            note(f"question {question.id!r} does not offer {NOT_SURE!r}", stop.answers)
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
