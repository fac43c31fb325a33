"""Translation fixes found in review, held in place: no Urdu promise that nobody finds out (Childline
tells someone when it is really worried about a young person's safety, in every language); no Urdu word
that reads as rape for online sexual abuse; the Welsh Designated Safeguarding Person (DSP); one word
each for sextortion, trouble and the safeguarding lead in each language; the Polish passphrase is never
an account's password ("hasło")."""

from __future__ import annotations

import re
import tomllib
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator

import pytest

from safetyapp.core.library import Library
from tests.helpers.advice import LANGUAGES, RESOURCES

I18N = RESOURCES.parent / "i18n"
CHILDLINE_TELLS = {
    "en-GB": "Childline only tells someone else if they are really worried about your safety",
    "cy": "Dim ond os ydyn nhw'n poeni'n fawr am dy ddiogelwch di y bydd Childline yn dweud wrth rywun arall",
    "pl": "Childline powie o niej komuś innemu tylko wtedy, gdy naprawdę martwi się o twoje bezpieczeństwo",
    "ur": "Childline کسی اور کو صرف تب بتاتی ہے جب انہیں آپ کی حفاظت کی سچ مچ فکر ہو",
}
# By language: words that must not appear, and why.
NEVER = {
    "cy": {
        r"\bDSL\b": "the Welsh term is the Designated Safeguarding Person (DSP)",
        r"[Pp]erson [Dd]ynodedig ar gyfer [Dd]iogelu": "the Welsh Government says Person Diogelu Dynodedig",
        r"\bsecstortio\b|\bsextortion\b": "sextortion is 'secstortion'",
        r"\bmewn trafferth\b": "trouble is 'trwbl'",
    },
    "pl": {
        r"\bsextortion\b": "sextortion is 'sekstorsja'",
        r"odpowiedzialn\w* za ochronę dzieci": "the DSL is 'osoba wyznaczona (w placówce) do ochrony dzieci'",
    },
    "ur": {
        "زیادتی": "reads as rape: online sexual abuse is 'آن لائن جنسی استحصال'",
        "کسی کو پتا نہیں چلتا": "Childline does not promise that nobody finds out",
    },
}


def shown_texts(language: str) -> Iterator[tuple[str, str]]:
    """Every text the reader sees in `language`: page titles, summaries and bodies, the wizard's strings,
    the contacts' words and the interface's translations, each with where it comes from."""
    for page in Library(language, RESOURCES).content.pages.values():
        if page.language == language:
            yield page.id, f"{page.title}\n{page.summary}\n{page.body}"
    for path in (RESOURCES / "wizard" / f"{language}.toml", RESOURCES / "contact-text" / f"{language}.toml"):
        table = tomllib.loads(path.read_text(encoding="utf-8"))
        for key, value in table.items():
            values = value.values() if isinstance(value, dict) else [value]
            yield from ((f"{path.name}:{key}", v) for v in values if isinstance(v, str))
    for message in ElementTree.parse(I18N / f"safetyapp_{language}.ts").getroot().iter("message"):
        yield f"ts:{message.findtext('source')}", message.findtext("translation") or ""


@pytest.mark.parametrize("language", LANGUAGES)
def test_childline_is_private_but_says_when_it_would_tell_someone(language: str) -> None:
    page = Library(language, RESOURCES).content.pages["young-what-to-do-now"]
    assert page.language == language
    assert CHILDLINE_TELLS[language] in page.body
    assert any("childline.org.uk/about/confidentiality-promise" in source for source in page.sources)


@pytest.mark.parametrize("language", ["cy", "pl", "ur"])
def test_one_term_each_and_no_misleading_words(language: str) -> None:
    found = [
        f"{where}: {why}"
        for where, text in shown_texts(language)
        for pattern, why in NEVER[language].items()
        if re.search(pattern, text)
    ]
    assert found == []


def test_welsh_staff_pages_name_the_designated_safeguarding_person() -> None:
    pages = [p for p in Library("cy", RESOURCES).content.pages.values() if p.id.startswith("staff-")]
    assert pages and all(p.language == "cy" for p in pages)
    missing = [p.id for p in pages if p.id != "staff-staying-safer" and "DSP" not in p.body]
    assert missing == []
    assert sum("Person Diogelu Dynodedig (DSP)" in text for _, text in shown_texts("cy")) >= 5


def test_the_polish_passphrase_is_never_an_accounts_password() -> None:
    for message in ElementTree.parse(I18N / "safetyapp_pl.ts").getroot().iter("message"):
        source, translation = message.findtext("source") or "", message.findtext("translation") or ""
        if re.search(r"\bpassphrase\b", source, re.IGNORECASE):
            assert "fraz" in translation.lower(), source
            assert not re.search(r"\bhas(ło|ła|łem|le)\b", translation, re.IGNORECASE), translation


# A sentence, bullet or heading that starts with an infinitive ("Nie płacić", "Zapisać...") or an
# impersonal "należy"/"trzeba" speaks about the reader, not to them. "Być może" (maybe) is not one, nor
# the imperative "Nie płać".
COLD_POLISH = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=^- )|(?<=^#{2} )|(?<=^#{3} )|(?<=^\d\. )|(?<=\*\*))"
    r"(?!Być może|Nie płać\b)(?:Nie \w+|[A-ZŚŻŹŁ]\w*)[aeiyuą]ć\b|\b(?i:należy|trzeba)\b",
    re.MULTILINE,
)


def test_polish_advice_and_plans_for_parents_and_adults_speak_to_the_reader() -> None:
    library = Library("pl", RESOURCES)
    cold = {
        page.id: COLD_POLISH.findall(f"{page.title}\n{page.summary}\n{page.body}")
        for page in library.content.pages.values()
        if page.language == "pl" and page.id.startswith(("parent-", "adult-"))
    }
    assert len(cold) == 16
    assert {page: words for page, words in cold.items() if words} == {}
    strings = tomllib.loads((RESOURCES / "wizard" / "pl.toml").read_text(encoding="utf-8"))
    for_them = {k: v for k, v in strings.items() if k.endswith((".parent", ".adult", ".other")) or "parent" in k}
    assert {k: COLD_POLISH.findall(v) for k, v in for_them.items() if COLD_POLISH.findall(v)} == {}
    cold_text = "- Nie płacić i nie wysyłać niczego.\n## 3. Zostawić dowody"
    assert COLD_POLISH.findall(cold_text) == ["Nie płacić", "Zostawić"]
