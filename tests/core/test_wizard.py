"""The "What to do now" wizard: the flow data, the engine, and every path through it."""

from __future__ import annotations

import builtins
import dataclasses
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import textstat
from hypothesis import given, settings
from hypothesis import strategies as st

from safetyapp.core.checks import check_resources
from safetyapp.core.contacts import load_contacts
from safetyapp.core.content import TOPICS
from safetyapp.core.library import Library
from safetyapp.core.readers import READERS
from safetyapp.core.translation_hashes import source_hash
from safetyapp.core.wizard.checks import all_paths, check_flow, walk
from safetyapp.core.wizard.engine import AskedQuestion, Plan, UrgentNotice, WizardSession, build_plan, check_answers
from safetyapp.core.wizard.loader import flow_file, load_flow, overlay_file
from safetyapp.core.wizard.model import ALWAYS, NOT_SURE, OTHER, Condition, Flow, FlowError, Option, PerReader
from safetyapp.core.wording import blaming_phrases, image_handling_instructions, image_handling_sentences

ROOT = Path(__file__).resolve().parents[2]
FLOW = ROOT / "resources" / "wizard" / "flow.toml"
CONTACT_IDS = frozenset(load_contacts(ROOT / "resources" / "contacts.toml"))
# Advice pages are named <reader>-<topic>, one per reader per topic (the content tests enforce that);
# the adult pages are being written alongside the wizard, so the set is built, not read.
PAGE_IDS = frozenset(f"{reader}-{topic}" for reader in READERS for topic in TOPICS)
BLACKMAIL = ("threatened-to-share", "posted", "told-me", "worried", "not-sure")
NEVER_HANDLE_FIRST = re.compile(r"^(never|do not|don't)\b", re.IGNORECASE)


@pytest.fixture(scope="module")
def flow() -> Flow:
    return load_flow(FLOW, contact_ids=CONTACT_IDS, page_ids=PAGE_IDS)


@pytest.fixture(scope="module")
def paths(flow: Flow) -> list[dict[str, str]]:
    return all_paths(flow)


@pytest.fixture(scope="module")
def plans(flow: Flow, paths: list[dict[str, str]]) -> list[tuple[dict[str, str], Plan]]:
    return [(answers, build_plan(flow, answers)) for answers in paths]


def current(session: WizardSession) -> AskedQuestion:
    question = session.current_question()
    assert question is not None
    return question


def notice(session: WizardSession) -> UrgentNotice:
    shown = session.urgent_notice()
    assert shown is not None
    return shown


def run(flow: Flow, answers: dict[str, str]) -> tuple[WizardSession, list[str]]:
    """Answer through a session as the UI would; return it and the questions it asked, in order."""
    session = WizardSession(flow)
    asked = []
    while (question := session.current_question()) is not None:
        asked.append(question.id)
        session.answer(question.id, answers[question.id])
    return session, asked


# --------------------------------------------------------------------------------------------------
# The real flow, every path


def test_the_flow_passes_every_check(flow: Flow) -> None:
    assert check_flow(flow, CONTACT_IDS, PAGE_IDS) == []
    assert flow_file() == FLOW


def test_every_reachable_path_ends_in_a_sound_plan(
    flow: Flow, plans: list[tuple[dict[str, str], Plan]], paths: list[dict[str, str]]
) -> None:
    """The same rules check_flow applies, written out again here so neither can drift alone."""
    assert len(paths) > 1000
    assert len({tuple(sorted(p.items())) for p in paths}) == len(paths)
    order = [q.id for q in flow.questions]
    for answers, plan in plans:
        where = answers
        assert list(answers) == sorted(answers, key=order.index), where
        assert len(plan.steps) >= 3, where
        assert plan.reassurance, where
        assert len(set(plan.step_ids)) == len(plan.step_ids), where
        assert set(plan.contact_ids) <= CONTACT_IDS, where
        assert {s.page for s in plan.steps if s.page} <= PAGE_IDS, where
        assert all(s.action and s.why and s.how for s in plan.steps), where
        if answers["happening"] in BLACKMAIL:
            assert {"never-pay", "keep-evidence"} <= plan.kinds, where
        if answers["who"] == "young":
            assert "childline" in plan.contact_ids, where
        if answers["who"] == "adult":
            assert "revenge-porn-helpline" in plan.contact_ids, where
        if answers["safety"] in ("yes", "not-sure"):
            assert plan.urgent and plan.steps[0].kind == "urgent" and "emergency" in plan.steps[0].contacts, where
        else:
            assert not plan.urgent and "urgent" not in plan.kinds, where


def test_no_staff_plan_tells_anyone_to_handle_an_image(plans: list[tuple[dict[str, str], Plan]]) -> None:
    """Checked twice: by the clause rule for instructions, and by the sentence rule for pages."""
    staff = [(a, p) for a, p in plans if a["who"] == "staff"]
    assert staff
    for answers, plan in staff:
        for text in plan.texts():
            assert image_handling_instructions(text) == [], answers
            assert image_handling_sentences(text) == [], answers
        image_steps = [s for s in plan.steps if s.kind == "image-safety"]
        for step in image_steps:
            assert NEVER_HANDLE_FIRST.match(step.action), step.action


def test_no_string_anywhere_tells_anyone_to_handle_an_image(flow: Flow) -> None:
    found = {key: image_handling_instructions(text) for key, text in flow.english.items()}
    assert {k: v for k, v in found.items() if v} == {}


def test_no_string_blames_anyone(flow: Flow) -> None:
    found = {key: blaming_phrases(text) for key, text in flow.english.items()}
    assert {k: v for k, v in found.items() if v} == {}


def test_steps_for_young_people_read_at_age_11_to_12(plans: list[tuple[dict[str, str], Plan]]) -> None:
    steps = {s.id: s for a, p in plans if a["who"] == "young" for s in p.steps}
    grades = {i: textstat.flesch_kincaid_grade(f"{s.action}. {s.why} {s.how}") for i, s in steps.items()}
    assert {i: g for i, g in grades.items() if g > 7.0} == {}


def test_only_the_questions_that_change_the_plan_are_asked(paths: list[dict[str, str]]) -> None:
    for answers in paths:
        who, happening = answers["who"], answers["happening"]
        assert ("age" in answers) == (who == "parent" and happening != "scam-email"), answers
        assert ("region" in answers) == (happening == "scam-email" or who == "staff"), answers
        if happening == "scam-email":
            assert not {"paid", "sent-more", "posted", "username", "contact"} & set(answers), answers
        if who == "staff" or happening == "told-me":
            assert set(answers) <= {"safety", "who", "happening", "region"}, answers


@pytest.mark.parametrize(
    ("reader", "offered"),
    [
        ("young", ["threatened-to-share", "scam-email", "posted", "told-me", "worried", "not-sure"]),
        ("parent", ["threatened-to-share", "scam-email", "posted", "worried", "not-sure"]),
        ("staff", ["scam-email", "posted", "told-me", "worried", "not-sure"]),
        ("adult", ["threatened-to-share", "scam-email", "posted", "worried", "not-sure"]),
    ],
)
def test_each_reader_gets_only_the_situations_that_fit_in_their_words(
    flow: Flow, reader: str, offered: list[str]
) -> None:
    session = WizardSession(flow)
    session.answer("safety", "no")
    session.answer("who", reader)
    question = session.current_question()
    assert question is not None and question.id == "happening"
    assert [c.id for c in question.choices] == offered
    labels = {c.id: c.label for c in question.choices}
    if reader == "parent":
        assert "my child" in labels["threatened-to-share"]
    if reader == "staff":
        assert "young person" in labels["told-me"]


# --------------------------------------------------------------------------------------------------
# The examples


FIFTEEN_YEAR_OLD = {
    "safety": "no",
    "who": "young",
    "happening": "threatened-to-share",
    "paid": "yes",  # £50 in gift cards yesterday
    "sent-more": "no",
    "posted": "no",
    "username": "yes",
    "contact": "yes",
}


def test_a_15_year_old_who_paid_50_pounds_in_gift_cards(flow: Flow) -> None:
    session, asked = run(flow, FIFTEEN_YEAR_OLD)
    # A young reader is under 18 by definition, and England only matters for scam emails.
    assert asked == ["safety", "who", "happening", "paid", "sent-more", "posted", "username", "contact"]
    plan = session.plan()
    assert plan.step_ids == (
        "never-pay-more",  # do not pay any more
        "tell-bank",  # an adult contacts the bank or card company now
        "stop-replying",  # stop replying, but do not delete the chat
        "note-account",  # note the account
        "tell-adult",  # tell a trusted adult
        "report-ceop",  # report to CEOP (or 999 if in danger)
        "remove-images-young",  # use Report Remove
        "block-report",  # block and report on the platform
    )
    assert "sorted out" in plan.reassurance and "not in trouble" in plan.reassurance
    steps = {s.id: s for s in plan.steps}
    assert steps["never-pay-more"].action == "Do not pay any more"
    assert "gift card" in steps["never-pay-more"].how
    assert "delete" in steps["stop-replying"].action
    assert {"ceop", "emergency"} <= set(steps["report-ceop"].contacts)
    assert "report-remove" in steps["remove-images-young"].contacts
    assert "internet-matters" in steps["block-report"].contacts
    # Childline throughout: beside the whole plan, and in the step about telling someone.
    assert [n.contacts for n in plan.support] == [("childline",)]
    assert "childline" in steps["tell-adult"].contacts
    assert not plan.urgent


def test_the_15_year_old_in_danger_gets_help_first(flow: Flow) -> None:
    plan = build_plan(flow, {**FIFTEEN_YEAR_OLD, "safety": "yes"})
    assert plan.urgent
    assert plan.step_ids[0] == "get-help-now"
    assert plan.steps[0].contacts == ("emergency", "childline", "samaritans", "shout", "papyrus")
    assert plan.step_ids[1:] == build_plan(flow, FIFTEEN_YEAR_OLD).step_ids


def test_a_teacher_told_by_a_pupil(flow: Flow) -> None:
    session, asked = run(flow, {"safety": "no", "who": "staff", "happening": "told-me", "region": "england"})
    assert asked == ["safety", "who", "happening", "region"]
    plan = session.plan()
    assert plan.step_ids == (
        "staff-never-handle-image",  # do not look at, copy or forward the image (P24)
        "staff-tell-dsl",  # tell the DSL now (P23)
        "staff-do-not-delete",  # do not delete it or ask them to (P25)
        "staff-do-not-ask",  # do not question the pupil about the image (P26)
        "staff-tell-no-one-else",  # do not tell others (P27)
        "staff-reassure",  # no blame; reassure them they will be supported (P28)
        "staff-first-advice",  # if they ask: do not pay, stop replying
    )
    steps = {s.id: s for s in plan.steps}
    assert steps["staff-never-handle-image"].action == "Never look at, copy or forward the image"
    assert "Designated Safeguarding Lead" in steps["staff-tell-dsl"].action
    how = steps["staff-never-handle-image"].how
    assert "Never view, copy, print, share, store or save the imagery" in how
    assert "download" in how and "by accident" in how
    assert "ask the young person to delete it" in steps["staff-do-not-delete"].how
    assert "parents" in steps["staff-tell-no-one-else"].how
    assert "blames or shames" in steps["staff-reassure"].how and "support" in steps["staff-reassure"].how
    assert "straight away to the person who leads on safeguarding" in plan.reassurance  # named by nation in step 2


def test_staff_hearing_an_image_is_shared_leave_the_takedown_to_the_dsl(flow: Flow) -> None:
    plan = build_plan(flow, {"safety": "no", "who": "staff", "happening": "posted"})
    assert plan.step_ids[-1] == "staff-takedown"
    assert "do not need to find it" in plan.steps[-1].how


# --------------------------------------------------------------------------------------------------
# Other paths


@pytest.mark.parametrize("reader", READERS)
def test_not_sure_on_every_question_leads_to_a_plan(flow: Flow, reader: str) -> None:
    session = WizardSession(flow)
    while (question := session.current_question()) is not None:
        ids = [c.id for c in question.choices]
        session.answer(question.id, reader if question.id == "who" else NOT_SURE)
        assert question.id == "who" or NOT_SURE in ids
    plan = session.plan()
    assert plan.urgent and plan.step_ids[0] == "get-help-now"
    assert len(plan.steps) >= 4
    assert {"never-pay", "keep-evidence"} <= plan.kinds
    assert plan.step_ids[-1] == "read-more"
    assert plan.steps[-1].page == f"{reader}-what-it-is"


@pytest.mark.parametrize("reader", READERS)
@pytest.mark.parametrize(
    ("region", "fraud", "police"),
    [
        ("england", True, False),
        ("wales", True, False),
        ("northern-ireland", True, False),
        ("scotland", False, True),
        ("not-sure", True, True),
    ],
)
def test_scam_emails_are_reported_by_region(flow: Flow, reader: str, region: str, fraud: bool, police: bool) -> None:
    answers = {"safety": "no", "who": reader, "happening": "scam-email", "region": region}
    _, asked = run(flow, answers)
    assert asked == ["safety", "who", "happening", "region"]
    plan = build_plan(flow, answers)
    assert ("report-fraud" in plan.contact_ids) is fraud
    assert ("police-101" in plan.contact_ids) is police
    assert "report-phishing" in plan.contact_ids
    ids = plan.step_ids
    assert ids.index("scam-do-not-pay") < ids.index("scam-do-not-reply") < ids.index("scam-change-password")
    assert "two-step verification" in plan.steps[ids.index("scam-change-password")].how
    if region == "scotland":
        assert "Police Scotland" in plan.steps[ids.index("scam-report-scotland")].how


def test_an_adult_gets_the_adult_services(flow: Flow) -> None:
    answers = dict(FIFTEEN_YEAR_OLD, who="adult")
    plan = build_plan(flow, answers)
    assert {"stopncii", "revenge-porn-helpline", "take-it-down"} <= set(plan.contact_ids)
    assert not {"ceop", "report-remove", "childline"} & set(plan.contact_ids)
    assert "report-police-adult" in plan.step_ids and "remove-images-adult" in plan.step_ids


@pytest.mark.parametrize(
    ("age", "ceop", "adult_services"),
    [("under-13", True, False), ("13-to-17", True, False), ("18-or-over", False, True), ("not-sure", True, False)],
)
def test_a_parent_gets_services_for_their_childs_age(flow: Flow, age: str, ceop: bool, adult_services: bool) -> None:
    answers = dict(FIFTEEN_YEAR_OLD, who="parent", age=age)
    plan = build_plan(flow, answers)
    assert ("ceop" in plan.contact_ids) is ceop
    assert ("report-remove" in plan.contact_ids) is ceop
    assert ("stopncii" in plan.contact_ids) is adult_services
    assert plan.step_ids[0] == "parent-reassure-child"
    assert ("older children" in plan.reassurance) is (age == "under-13")


def test_what_was_said_changes_the_plan(flow: Flow) -> None:
    base = build_plan(flow, FIFTEEN_YEAR_OLD).step_ids
    changed = {
        "paid": ("no", "never-pay"),
        "sent-more": ("yes", "stop-sending"),
        "posted": ("yes", "report-post"),
        "username": ("no", "note-what-you-can"),
        "contact": ("no", "stop-replying-if-back"),
    }
    for question, (option, step) in changed.items():
        ids = build_plan(flow, {**FIFTEEN_YEAR_OLD, question: option}).step_ids
        assert step in ids and step not in base, question


# --------------------------------------------------------------------------------------------------
# The session


def test_back_restores_the_previous_question_and_drops_later_answers(flow: Flow) -> None:
    session = WizardSession(flow)
    assert not session.can_go_back()
    session.back()  # at the start: nothing to undo, nothing breaks
    for question_id, option in [("safety", "no"), ("who", "parent"), ("happening", "threatened-to-share")]:
        session.answer(question_id, option)
    assert current(session).id == "age"
    session.back()
    question = session.current_question()
    assert question is not None and question.id == "happening"
    assert question.selected == "threatened-to-share"
    assert dict(session.answers) == {"safety": "no", "who": "parent"}
    session.answer("happening", "scam-email")
    assert current(session).id == "region"
    session.answer("region", "wales")
    assert session.is_finished()
    session.back()
    session.back()
    session.back()
    assert dict(session.answers) == {"safety": "no"}
    assert current(session).id == "who"
    assert current(session).selected == "parent"
    session.back()
    assert not session.can_go_back() and dict(session.answers) == {}


def test_progress_counts_up_and_ends_even(flow: Flow) -> None:
    session = WizardSession(flow)
    seen = [session.progress()]
    for question, option in FIFTEEN_YEAR_OLD.items():
        session.answer(question, option)
        seen.append(session.progress())
    assert [done for done, _ in seen] == list(range(len(FIFTEEN_YEAR_OLD) + 1))
    assert all(done <= total for done, total in seen)
    assert seen[-1] == (8, 8)
    assert seen[0][1] >= 8


def test_the_safety_answer_shows_help_at_once(flow: Flow) -> None:
    session = WizardSession(flow)
    assert not session.urgent() and session.urgent_notice() is None
    session.answer("safety", "not-sure")
    notice = session.urgent_notice()
    assert session.urgent() and notice is not None
    assert notice.contacts == ("emergency", "childline", "samaritans", "shout", "papyrus")
    assert notice.title and notice.text
    assert not session.is_finished()  # they can carry on


def test_the_reader_is_preselected_but_counts_only_once_confirmed(flow: Flow) -> None:
    session = WizardSession(flow, preselected={"who": "staff"})
    session.answer("safety", "no")
    question = session.current_question()
    assert question is not None and question.selected == "staff"
    assert "who" not in session.answers
    with pytest.raises(ValueError, match="not the current question"):
        session.answer("happening", "told-me")
    with pytest.raises(ValueError, match="not an option"):
        session.answer("who", "teacher")
    session.answer("who", "staff")
    with pytest.raises(ValueError, match="not an option"):
        session.answer("happening", "threatened-to-share")  # not offered to staff


def test_a_given_reader_is_not_asked_and_back_and_reset_keep_it(flow: Flow) -> None:
    session = WizardSession(flow, given={"who": "parent"})
    assert session.reader == "parent" and not session.can_go_back()
    assert session.progress()[0] == 0
    session.answer("safety", "no")
    assert current(session).id == "happening"  # "Who are you?" is not asked again
    assert session.progress()[0] == 1
    session.back()
    session.back()  # nothing more to undo: the reader stays
    assert current(session).id == "safety" and session.reader == "parent"
    session.answer("safety", "no")
    session.answer("happening", "scam-email")
    session.reset()
    assert dict(session.answers) == {"who": "parent"} and current(session).id == "safety"
    assert dict(session.given) == {"who": "parent"}
    with pytest.raises(ValueError, match="not an option"):
        WizardSession(flow, given={"who": "teacher"})


def test_changing_a_given_reader_asks_the_later_questions_again_with_their_answers(flow: Flow) -> None:
    session = WizardSession(flow, given={"who": "adult"})
    session.answer("safety", "no")
    session.answer("happening", "scam-email")
    who = session.given_question("who")
    assert who.selected == "adult" and [c.id for c in who.choices] == ["young", "parent", "staff", "adult"]
    session.change_given("who", "young")
    assert session.reader == "young" and dict(session.given) == {"who": "young"}
    question = current(session)
    assert question.id == "happening" and question.selected == "scam-email"  # asked again, still chosen
    assert dict(session.answers) == {"who": "young", "safety": "no"}
    with pytest.raises(ValueError, match="not an option"):
        session.change_given("who", "teacher")
    with pytest.raises(ValueError, match="not a given question"):
        session.change_given("safety", "yes")
    summary = WizardSession(flow, given={"who": "staff"})
    summary.answer("safety", "no")
    assert [row[0] for row in summary.answers_summary()] == [
        flow.resolve(flow.question("safety").prompt, "staff"),
        flow.resolve(flow.question("who").prompt, "staff"),
    ]


def test_reset_forgets_everything_and_repr_hides_the_answers(flow: Flow) -> None:
    session, _ = run(flow, FIFTEEN_YEAR_OLD)
    assert "threatened" not in repr(session) and "young" not in repr(session)
    session.back()
    session.reset()
    assert dict(session.answers) == {} and not session.can_go_back()
    question = session.current_question()
    assert question is not None and question.id == "safety" and question.selected is None


def test_the_answers_summary_gives_each_question_and_answer_in_the_readers_words(flow: Flow) -> None:
    session, asked = run(flow, {"safety": "no", "who": "staff", "happening": "told-me", "region": "wales"})
    summary = session.answers_summary()
    assert len(summary) == len(asked) == 4
    who = flow.question("who")
    staff = next(o for o in who.options if o.id == "staff")
    told = next(o for o in flow.question("happening").options if o.id == "told-me")
    assert summary[1] == (flow.resolve(who.prompt, "staff"), flow.resolve(staff.label, "staff"))
    assert summary[2][1] == flow.resolve(told.label, "staff") and "young person" in summary[2][1]
    session.reset()
    assert session.answers_summary() == []


def test_answers_never_touch_the_disk(flow: Flow, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the wizard opened a file")

    monkeypatch.setattr(builtins, "open", refuse)
    monkeypatch.setattr(Path, "open", refuse)
    session, _ = run(flow, FIFTEEN_YEAR_OLD)
    session.plan()
    session.reset()


def test_build_plan_refuses_answers_the_flow_would_not_give(flow: Flow) -> None:
    with pytest.raises(ValueError, match="unknown question"):
        build_plan(flow, {"safety": "no", "who": "young", "mood": "fine"})
    with pytest.raises(ValueError, match="not an option"):
        build_plan(flow, {"safety": "no", "who": "staff", "happening": "threatened-to-share"})
    with pytest.raises(ValueError, match="not asked"):
        build_plan(flow, {"safety": "no", "who": "adult", "happening": "posted", "age": "13-to-17"})
    with pytest.raises(ValueError, match="needs the answer"):
        build_plan(flow, {"safety": "yes"})
    check_answers(flow, FIFTEEN_YEAR_OLD)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.integers(min_value=-1, max_value=7), max_size=40))
def test_any_mix_of_answers_and_backs_stays_consistent(flow: Flow, moves: list[int]) -> None:
    session = WizardSession(flow)
    for move in moves:
        question = session.current_question()
        if move < 0 or question is None:
            session.back()
        else:
            session.answer(question.id, question.choices[move % len(question.choices)].id)
        answers = dict(session.answers)
        check_answers(flow, answers)
        done, total = session.progress()
        assert done == len(answers) <= total
        if len(answers) >= 3:  # the estimate never undercounts what is left
            longest = max(len(stop.answers) for stop in walk(flow, answers) if not stop.options)
            assert total >= longest
    if session.is_finished():
        assert session.plan() == build_plan(flow, session.answers)


# --------------------------------------------------------------------------------------------------
# Translations


def test_an_overlay_replaces_strings_and_falls_back_to_english(flow: Flow, tmp_path: Path) -> None:
    overlay = tmp_path / "cy.toml"
    overlay.write_text(
        '"question.safety.prompt" = "Yn gyntaf: a oes unrhyw un mewn perygl nawr?"\n'
        'urgent.title = "Cael help nawr"\n'
        "[step.never-pay-more]\n"
        'action = "Peidiwch â thalu mwy"\n'
        "[source-hashes]\n"
        + "".join(
            f'"{key}" = "{source_hash(flow.english[key])}"\n'
            for key in ("question.safety.prompt", "urgent.title", "step.never-pay-more.action")
        ),
        encoding="utf-8",
    )
    welsh = load_flow(FLOW, overlay, contact_ids=CONTACT_IDS, page_ids=PAGE_IDS)
    assert welsh.language == "cy"
    assert welsh.translated == {"question.safety.prompt", "urgent.title", "step.never-pay-more.action"}
    session = WizardSession(welsh)
    assert current(session).prompt.startswith("Yn gyntaf")
    session.answer("safety", "yes")
    assert notice(session).title == "Cael help nawr"
    plan = build_plan(welsh, FIFTEEN_YEAR_OLD)
    english = build_plan(flow, FIFTEEN_YEAR_OLD)
    assert plan.steps[0].action == "Peidiwch â thalu mwy"
    assert plan.steps[0].how == english.steps[0].how  # not translated: English
    assert plan.steps[1:] == english.steps[1:]
    assert check_flow(welsh, CONTACT_IDS, PAGE_IDS) == []
    assert flow.strings["question.safety.prompt"].startswith("First")  # the English flow is untouched


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ('"step.never-pay.action.youth" = "x"\n', "unknown string key 'step.never-pay.action.youth'"),
        ('"urgent.title" = ""\n', "missing string"),
        ('"urgent.title" = 3\n', "missing string"),
        ('"urgent.title" = "Ffoniwch 999"\n', "phone number"),
        ('"urgent.title" = \n', "not valid TOML"),
    ],
)
def test_a_broken_overlay_is_refused(tmp_path: Path, content: str, problem: str) -> None:
    overlay = tmp_path / "cy.toml"
    overlay.write_text(content, encoding="utf-8")
    with pytest.raises(FlowError) as caught:
        load_flow(FLOW, overlay)
    assert caught.value.path == overlay and problem in caught.value.problem


def test_overlay_files_are_found_by_language(tmp_path: Path) -> None:
    (tmp_path / "wizard").mkdir()
    assert overlay_file("en-GB", tmp_path) is None
    assert overlay_file("cy", tmp_path) is None
    (tmp_path / "wizard" / "cy.toml").write_text("", encoding="utf-8")
    assert overlay_file("cy", tmp_path) == tmp_path / "wizard" / "cy.toml"


def test_the_library_loads_the_flow_in_its_language_with_english_where_the_translation_is_broken(
    resources_copy: Path,
) -> None:
    welsh = Library("cy", resources_copy).flow
    assert welsh.language == "cy" and welsh.translated
    (resources_copy / "wizard" / "cy.toml").write_text('"urgent.title" = \n', encoding="utf-8")
    library = Library("cy", resources_copy)
    assert library.flow.language == "en-GB" and not library.flow.translated
    assert [p for p in library.problems if "cy.toml" in p and "not valid TOML" in p]
    assert [p for p in check_resources(resources_copy) if "cy.toml" in p and "not valid TOML" in p]


def test_the_self_test_checks_the_wording_of_a_translated_flow(resources_copy: Path) -> None:
    overlay = resources_copy / "wizard" / "cy.toml"
    text = overlay.read_text(encoding="utf-8")
    line = next(line for line in text.splitlines() if line.startswith('"step.never-pay-more.action" = '))
    overlay.write_text(
        text.replace(line, '"step.never-pay-more.action" = "Save the photo. It was your own fault."'), encoding="utf-8"
    )
    found = [p for p in check_resources(resources_copy) if str(overlay) in p]
    assert any("'step.never-pay-more.action' tells the reader to handle an image" in p for p in found), found
    assert any("'step.never-pay-more.action' blames or shames" in p for p in found), found


def test_a_broken_english_flow_is_a_problem_of_the_library(resources_copy: Path) -> None:
    flow = resources_copy / "wizard" / "flow.toml"
    flow.write_text(flow.read_text(encoding="utf-8").replace("version = 1", "version = 2", 1), encoding="utf-8")
    library = Library("en-GB", resources_copy)
    with pytest.raises(FlowError, match="'version' must be 1"):
        library.flow  # noqa: B018
    assert [p for p in library.problems if "flow.toml" in p and "'version' must be 1" in p]


# --------------------------------------------------------------------------------------------------
# Broken flows


def _mutate(tmp_path: Path, old: str, new: str) -> Path:
    text = FLOW.read_text(encoding="utf-8")
    assert old in text, old
    path = tmp_path / "flow.toml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


MUTATIONS = [
    pytest.param(
        'contacts = ["internet-matters"]', 'contacts = ["nobody-here"]', "unknown contact 'nobody-here'", id="contact"
    ),
    pytest.param('id = "safety"\n', 'id = "safety"\nwhen.happening = ["posted"]\n', "loop", id="loop-back"),
    pytest.param('id = "paid"\n', 'id = "paid"\nwhen.contact = ["yes"]\n', "loop", id="loop-forward"),
    pytest.param('id = "contact"\n', 'id = "contact"\nwhen.contact = ["yes"]\n', "loop", id="loop-self"),
    pytest.param(
        'when.paid = ["yes"]', 'when.paid = ["perhaps"]', "unknown option 'perhaps' of question 'paid'", id="option"
    ),
    pytest.param('when.username = ["yes"]', 'when.usernam = ["yes"]', "unknown question 'usernam'", id="question"),
    pytest.param(
        'why = "The fewer people who know, the safer the young person is. The DSL decides who needs to know, and how."',
        "",
        "has no 'why'",
        id="missing-string",
    ),
    pytest.param('action = "Do not tell anyone else"', 'action = "  "', "is empty", id="empty-string"),
    pytest.param(
        'action.parent = "Do not pay, and make sure nobody else does"\n',
        "",
        "'step.never-pay.action' has no text for reader(s) parent",
        id="missing-reader",
    ),
    pytest.param(
        'id = "staff-do-not-ask"', 'id = "staff-tell-dsl"', "duplicate step id 'staff-tell-dsl'", id="dup-step"
    ),
    pytest.param(
        'id = "no"\nlabel = "No"',
        'id = "yes"\nlabel = "No"',
        "duplicate option id 'yes' in question 'safety'",
        id="dup",
    ),
    pytest.param("rank = 270\n", "rank = 270\nranq = 3\n", "unknown key(s) in step #", id="unknown-key"),
    pytest.param(
        'kind = "block-report"', 'kind = "block-and-report"', "unknown kind 'block-and-report'", id="unknown-kind"
    ),
    pytest.param(
        'action = "Tell an adult you trust"', 'action = "Call Childline on 0800 1111"', "phone number", id="number"
    ),
    pytest.param('page = "young-reporting"', 'page = "young-reportin"', "unknown page 'young-reportin'", id="page"),
    pytest.param('action.adult = "Do not pay"', 'action.adlt = "Do not pay"', "unknown reader 'adlt'", id="reader"),
    pytest.param(
        'prompt = "First:',
        'prompt.young = "First:',
        "before 'who', so 'question.safety.prompt' cannot differ",
        id="early",
    ),
    pytest.param('id = "staff"\nlabel = "I work', 'id = "teacher"\nlabel = "I work', "must be exactly", id="readers"),
    pytest.param(
        'contacts = ["emergency", "childline", "samaritans", "shout", "papyrus"]\n',
        'contacts = ["childline", "samaritans", "shout", "papyrus"]\n',
        "must offer the 'emergency' contact",
        id="urgent",
    ),
    pytest.param("version = 1", "version = 2", "'version' must be 1", id="version"),
    pytest.param("version = 1", "version = = 1", "not valid TOML", id="toml"),
]


@pytest.mark.parametrize(("old", "new", "problem"), MUTATIONS)
def test_a_malformed_flow_is_refused_naming_the_problem(tmp_path: Path, old: str, new: str, problem: str) -> None:
    path = _mutate(tmp_path, old, new)
    with pytest.raises(FlowError) as caught:
        load_flow(path, contact_ids=CONTACT_IDS, page_ids=PAGE_IDS)
    assert caught.value.path == path
    assert problem in caught.value.problem
    assert str(path) in str(caught.value)


def test_a_problem_inside_an_entry_names_its_line(tmp_path: Path) -> None:
    path = _mutate(tmp_path, 'kind = "block-report"', 'kind = "block-and-report"')
    with pytest.raises(FlowError) as caught:
        load_flow(path)
    lines = path.read_text(encoding="utf-8").splitlines()
    assert caught.value.line is not None
    assert lines[caught.value.line - 1] == "[[step]]"
    assert lines[caught.value.line] == 'id = "block-report"'


def _without_contact(contact: str) -> Callable[[PerReader[tuple[str, ...]]], PerReader[tuple[str, ...]]]:
    def strip(values: PerReader[tuple[str, ...]]) -> PerReader[tuple[str, ...]]:
        return PerReader(tuple((r, tuple(c for c in v if c != contact)) for r, v in values.values))

    return strip


def _broken_flows(flow: Flow) -> Iterator[tuple[str, Flow, str]]:
    """Flows that load but are unsound: check_flow must say why."""
    question = flow.question("contact")
    never = Condition(answers=(("who", frozenset({"staff"})),))
    dead = dataclasses.replace(question, options=tuple(dataclasses.replace(o, when=never) for o in question.options))
    yield (
        "dead end",
        dataclasses.replace(flow, questions=tuple(dead if q.id == "contact" else q for q in flow.questions)),
        "dead end: question 'contact' offers no options",
    )
    no_not_sure = dataclasses.replace(question, options=tuple(o for o in question.options if o.id != NOT_SURE))
    yield (
        "no not-sure",
        dataclasses.replace(flow, questions=tuple(no_not_sure if q.id == "contact" else q for q in flow.questions)),
        "question 'contact' does not offer 'not-sure'",
    )
    yield (
        "no keep-evidence for staff",
        dataclasses.replace(
            flow,
            steps=tuple(dataclasses.replace(s, kind="dsl") if s.id == "staff-do-not-delete" else s for s in flow.steps),
        ),
        "a blackmail plan for 'staff' has no 'keep-evidence' step",
    )
    yield (
        "no never-pay for young",
        dataclasses.replace(flow, steps=tuple(s for s in flow.steps if s.id != "never-pay-more")),
        "a blackmail plan for 'young' has no 'never-pay' step",
    )
    stripped = tuple(dataclasses.replace(s, contacts=_without_contact("childline")(s.contacts)) for s in flow.steps)
    yield (
        "no childline",
        dataclasses.replace(flow, steps=stripped, supports=tuple(s for s in flow.supports if s.id != "childline")),
        "a plan for 'young' does not offer 'childline'",
    )
    yield (
        "no helpline for adults",
        dataclasses.replace(
            flow,
            steps=tuple(
                dataclasses.replace(s, contacts=_without_contact("revenge-porn-helpline")(s.contacts))
                for s in flow.steps
            ),
            supports=tuple(s for s in flow.supports if s.id != "adult-helplines"),
        ),
        "a plan for 'adult' does not offer 'revenge-porn-helpline'",
    )
    yield (
        "too short",
        dataclasses.replace(
            flow, steps=tuple(s for s in flow.steps if not s.id.startswith("staff-") or s.id == "staff-tell-dsl")
        ),
        "fewer than 3",
    )
    orphan = dataclasses.replace(
        flow.step("read-more"),
        id="orphan",
        when=Condition(answers=(("who", frozenset({"staff"})), ("paid", frozenset({"yes"})))),
    )
    yield ("unreachable", dataclasses.replace(flow, steps=(*flow.steps, orphan)), "step 'orphan' is in no plan")
    yield (
        "same rank",
        dataclasses.replace(
            flow,
            steps=tuple(dataclasses.replace(s, rank=220) if s.id == "note-account" else s for s in flow.steps),
        ),
        "share rank 220",
    )
    yield (
        "urgent last",
        dataclasses.replace(
            flow,
            steps=tuple(dataclasses.replace(s, rank=999) if s.id == "get-help-now" else s for s in flow.steps),
        ),
        "an urgent plan does not open with the urgent step",
    )
    who = flow.question("who")
    robot = Option("robot", PerReader(((OTHER, "urgent.title"),)), never)
    never_offered = dataclasses.replace(who, options=(*who.options, robot))
    yield (
        "option never offered",
        dataclasses.replace(flow, questions=tuple(never_offered if q.id == "who" else q for q in flow.questions)),
        "option 'robot' of question 'who' is never offered",
    )
    always = dataclasses.replace(flow.step("read-more"), id="always-urgent", kind="urgent", when=ALWAYS, rank=1)
    yield (
        "urgent without danger",
        dataclasses.replace(flow, steps=(*flow.steps, always)),
        "the urgent step is shown although nobody is said to be in danger",
    )


BROKEN = [
    "dead end",
    "no not-sure",
    "no keep-evidence for staff",
    "no never-pay for young",
    "no childline",
    "no helpline for adults",
    "too short",
    "unreachable",
    "same rank",
    "urgent last",
    "option never offered",
    "urgent without danger",
]


@pytest.mark.parametrize("name", BROKEN)
def test_check_flow_finds_what_is_unsound(flow: Flow, name: str) -> None:
    cases = {case: (broken, problem) for case, broken, problem in _broken_flows(flow)}
    assert sorted(cases) == sorted(BROKEN)
    broken, problem = cases[name]
    problems = check_flow(broken, CONTACT_IDS, PAGE_IDS)
    assert any(problem in p for p in problems), problems


def test_check_flow_finds_unknown_contacts_pages_and_image_instructions(tmp_path: Path) -> None:
    path = _mutate(
        tmp_path,
        "Never view, copy, print, share, store or save the imagery.",
        "Save the imagery to a memory stick for the DSL.",
    )
    flow = load_flow(path)  # loads: the wording rule is a check over the whole flow
    problems = check_flow(flow, CONTACT_IDS - {"ceop"}, PAGE_IDS - {"adult-reporting"})
    assert "unknown contact 'ceop' is named in the flow" in problems
    assert "unknown page 'adult-reporting' is named in the flow" in problems
    assert any("step.staff-never-handle-image.how" in p and "memory stick" in p for p in problems)


def test_all_paths_refuses_a_dead_end(flow: Flow) -> None:
    name, broken, _ = next(_broken_flows(flow))
    assert name == "dead end"
    with pytest.raises(FlowError, match="dead end"):
        all_paths(broken)
