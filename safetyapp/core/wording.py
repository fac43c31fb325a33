"""The wording rules every text the app shows a reader must keep, in one place. No Qt.

- No typed contacts: phone numbers, email and web addresses come only from contacts.toml, so a wrong
  one cannot creep in (`typed_contact`; the flow, its translations and the contacts' translated words
  are refused when they type one).
- No blame or shame (`blaming_phrases`): a text may say "it is not your fault", never the rest.
- Never an instruction to screenshot, save, send or forward an image, for any reader. The wizard's
  strings are all instructions, so each clause is held to the strict rule
  (`image_handling_instructions`); advice pages also describe what happens ("they may share it"), so
  each sentence is held to the page rule (`image_handling_sentences`).
- Screenshots, per reader (`screenshots_allowed`). Where the images are of someone under 18 (pages for
  young people, parents and staff, and every wizard string), no screenshot at all: a screenshot of a
  chat can hold the image, and any copy of an image of an under-18 is illegal
  (`screenshot_sentences`). Adults are told to keep screenshots of the threats, the blackmailer's
  profile and any payment details, as the Revenge Porn Helpline asks; never of an image.

`--self-test` applies these to the advice pages, the wizard's flow and every translation of them, and
the tests use the same functions.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from safetyapp.core.readers import ADULT, Reader

# --------------------------------------------------------------------------------------------------
# Typed contacts

TYPED_CONTACT = re.compile(
    r"\b\d(?:[ -]?\d){5,}\b"  # six digits or more, spaced or not: a phone number
    r"|\b(?:999|101|111|112|7726|116 ?\d{3})\b"  # the short numbers the app shows
    r"|[\w.+-]+@[\w-]+\.[\w.]+"  # an email address
    r"|https?:|\bwww\.",  # a web address
    re.IGNORECASE,
)


def typed_contact(text: str) -> str | None:
    """The first phone number, email or web address typed into `text`, or None."""
    found = TYPED_CONTACT.search(text)
    return found.group(0) if found else None


# --------------------------------------------------------------------------------------------------
# Blame

BLAME = (
    r"(?<!not )(?<!never )\byour (own )?fault\b",
    r"\bshould(n't| not)? have (known|sent|shared|done|been)\b",
    r"\bshould never have\b",
    r"\bwhy did (you|they)\b",
    r"\bhow could (you|they)\b",
    r"\bwhat were you thinking\b",
    r"\basking for it\b",
    r"\bbrought (it|this) on\b",
    r"\b(stupid|foolish|careless|naive|naïve|irresponsible|reckless|silly)\b",
    r"\bshame on\b",
    r"\bteach (you|them) a lesson\b",
    r"\byou('ve| have) only got yourself\b",
)
"""Phrases that blame or shame, matched in lower case with the spacing made single."""


def blaming_phrases(text: str) -> list[str]:
    """Each phrase in `text` that blames or shames, with a little of the text around it."""
    flat = " ".join(text.split()).lower()
    return [
        f"...{flat[max(0, match.start() - 40) : match.end() + 20]}..."
        for pattern in BLAME
        for match in re.finditer(pattern, flat)
    ]


# --------------------------------------------------------------------------------------------------
# Handling an image: instructions (the wizard)

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


# --------------------------------------------------------------------------------------------------
# Handling an image: sentences (advice pages)

IMAGE_HANDLING = re.compile(
    r"\b(screenshot|save|copy|forward|download|send|keep|look at|view|print)\b[^.]*"
    r"\b(image|images|photo|photos|picture|pictures|nude|nudes|video|videos|imagery)\b",
    re.IGNORECASE,
)
"""A sentence that names handling an image: a handling verb, then an image word."""
SENTENCE_NEGATION = re.compile(
    r"\b(never|not|don't|do not|no one|nobody|without|isn't|stop|refuse|illegal|won't|cannot|can't)\b", re.I
)
"""A sentence with one of these says not to (or that nobody should)."""
_REMOVING = re.compile(r"\b(remov|report|take it down|report remove|stop|hash|delete|block)", re.I)
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+|\n")


def image_handling_sentences(text: str) -> list[str]:
    """Sentences in `text` that name handling an image without saying not to (`IMAGE_HANDLING` with no
    `SENTENCE_NEGATION`), unless they are about removing, reporting or blocking it."""
    return [
        sentence.strip()
        for sentence in _SENTENCE_BREAK.split(text)
        if IMAGE_HANDLING.search(sentence) and not SENTENCE_NEGATION.search(sentence) and not _REMOVING.search(sentence)
    ]


# --------------------------------------------------------------------------------------------------
# Screenshots, per reader

SCREENSHOT = re.compile(r"\b(?:screen[- ]?shot\w*|screen[- ]?grabs?|screen[- ]?record\w*)\b", re.IGNORECASE)
"""Any word for capturing the screen."""


def screenshots_allowed(readers: Iterable[Reader]) -> bool:
    """Whether a text for `readers` may tell them to take screenshots (of the threats, the profile and the
    payment details, never of an image): only when every reader is an adult it is happening to. Young
    people, parents and staff deal with images of an under-18, and a screenshot of the chat can hold one."""
    readers = tuple(readers)
    return bool(readers) and all(reader == ADULT for reader in readers)


def screenshot_sentences(text: str) -> list[str]:
    """Sentences in `text` that name a screenshot without saying not to (no `SENTENCE_NEGATION`)."""
    return [
        sentence.strip()
        for sentence in _SENTENCE_BREAK.split(text)
        if SCREENSHOT.search(sentence) and not SENTENCE_NEGATION.search(sentence)
    ]


# --------------------------------------------------------------------------------------------------
# Every rule for a kind of text


def instruction_problems(text: str) -> list[str]:
    """What is wrong with the words of an instruction (a wizard string): blame, or handling an image by
    either rule."""
    problems = [f"blames or shames: {phrase!r}" for phrase in blaming_phrases(text)]
    handling = [*image_handling_instructions(text), *image_handling_sentences(text)]
    problems += [f"tells the reader to handle an image: {part!r}" for part in dict.fromkeys(handling)]
    return problems


def page_problems(text: str, readers: Iterable[Reader]) -> list[str]:
    """What is wrong with the words of an advice page (as plain text) for `readers`: blame, handling an
    image, or (unless `screenshots_allowed`) taking a screenshot."""
    problems = [f"blames or shames: {phrase!r}" for phrase in blaming_phrases(text)]
    problems += [f"tells the reader to handle an image: {sentence!r}" for sentence in image_handling_sentences(text)]
    if not screenshots_allowed(readers):
        problems += [
            f"tells a reader dealing with images of an under-18 to take a screenshot: {sentence!r}"
            for sentence in screenshot_sentences(text)
        ]
    return problems
