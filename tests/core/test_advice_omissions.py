"""What official guidance covers that the pages left out: pause (deactivate) an account rather than delete
it, so the evidence stays; and, when the blackmailer threatens to message friends and family, make the
friends and followers lists private. In the evidence part of each what-to-do-now page, in every language."""

from __future__ import annotations

import re

import pytest

from safetyapp.core.library import Library
from tests.helpers.advice import LANGUAGES, RESOURCES

# Welsh mutates dadactifadu to ddadactifadu.
DEACTIVATE = {"en-GB": r"\bdeactivate\b", "cy": r"d?dadactifadu", "pl": r"\bdezaktyw", "ur": "ڈی ایکٹیویٹ"}
PRIVATE = {"en-GB": r"\bprivate\b", "cy": r"\bbreifat\b", "pl": r"\bprywatn", "ur": "پرائیویٹ"}
DELETE = {"en-GB": r"\bdelet", "cy": r"\bddileu\b|\bdileu\b", "pl": r"\busu", "ur": "ڈیلیٹ"}


@pytest.mark.parametrize("language", LANGUAGES)
def test_pause_rather_than_delete_and_make_friends_lists_private(language: str) -> None:
    pages = Library(language, RESOURCES).content.pages
    for reader in ("young", "parent", "adult"):
        body = pages[f"{reader}-what-to-do-now"].body
        evidence = next(part for part in re.split(r"(?m)^## ", body) if part.startswith("3."))
        line = next(line for line in evidence.splitlines() if re.search(DEACTIVATE[language], line))
        assert re.search(DELETE[language], line), (language, reader)  # "instead of deleting it"
        assert re.search(PRIVATE[language], evidence), (language, reader)
