"""Everything the app reads: the languages at once; contacts, advice points, pages, guides and the
wizard's flow the first time they are needed."""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from safetyapp.core.contacts import Contact, apply_contact_text, load_contacts
from safetyapp.core.errors import DataFileError
from safetyapp.core.languages import Language, load_languages
from safetyapp.core.resources import SOURCE_LANGUAGE, resources_dir

if TYPE_CHECKING:
    from safetyapp.core.content import ContentLibrary
    from safetyapp.core.guides import GuideLibrary
    from safetyapp.core.wizard.model import Flow


class Library:
    """The languages are read at start; contacts, pages and the wizard's flow on first use. The first
    screen needs only two contacts (999 in the danger line, Childline on Home): `contact` reads those
    alone. Reading the rest after the window's first paint keeps start-up quick.
    """

    def __init__(self, language: str, root: Path | None = None) -> None:
        self.language = language
        self.root = root if root is not None else resources_dir()
        self._contact_problems: list[str] = []
        self._flow_problems: list[str] = []
        languages, language_problems = load_languages(self.root / "languages.toml")
        self._language_problems = language_problems
        self.language_info: Language = languages.get(language) or next(iter(languages.values()))
        self.languages = languages
        self._translated = language == SOURCE_LANGUAGE
        self._read_alone: dict[str, Contact | None] = {}

    @cached_property
    def contacts(self) -> dict[str, Contact]:
        """Every contact, in file order, with its words in this language where they are translated."""
        try:
            contacts = load_contacts(self.root / "contacts.toml")
        except DataFileError as error:
            self._contact_problems.append(str(error))
            return {}
        overlay = self.root / "contact-text" / f"{self.language}.toml"
        if not self._translated and overlay.is_file():
            try:
                contacts = apply_contact_text(contacts, overlay)
                self._translated = True
            except DataFileError as error:
                self._contact_problems.append(str(error))
        return contacts

    @property
    def contacts_translated(self) -> bool:
        """Whether the contacts' descriptions are in this language (else English, and the app says so)."""
        self.contacts  # noqa: B018  (reading them decides it)
        return self._translated

    def contact(self, contact_id: str) -> Contact | None:
        """One contact, as in `contacts`; until they have all been read (and in English, which needs no
        translation laid over it), read on its own, the same way."""
        if "contacts" in self.__dict__ or self.language != SOURCE_LANGUAGE:
            return self.contacts.get(contact_id)
        if contact_id not in self._read_alone:
            try:
                found = load_contacts(self.root / "contacts.toml", only={contact_id})
            except DataFileError:  # reading them all says what is wrong
                found = {}
            self._read_alone[contact_id] = found.get(contact_id)
        return self._read_alone[contact_id]

    @cached_property
    def points(self) -> dict[str, str]:
        from safetyapp.core.content import load_points

        try:
            return load_points(self.root / "content" / "points.toml")
        except DataFileError as error:
            self._contact_problems.append(str(error))
            return {}

    @cached_property
    def content(self) -> ContentLibrary:
        from safetyapp.core.content import ContentLibrary

        return ContentLibrary.load(
            self.root / "content", language=self.language, contacts=self.contacts, points=self.points
        )

    @cached_property
    def guides(self) -> GuideLibrary:
        """The platforms (one list, in order) and their guides, English where a translation is missing."""
        from safetyapp.core.guides import GuideLibrary

        return GuideLibrary.load(self.root / "guides", language=self.language)

    @property
    def page_ids(self) -> set[str]:
        """The ids of the pages that loaded (the ones a link or a wizard step may name). Loads the pages."""
        return {page_id for page_id, page in self.content.pages.items() if page.ok}

    @cached_property
    def flow(self) -> Flow:
        """The wizard's flow in this language; English where its translation is missing or broken (and
        `problems` says why). FlowError if even the English flow cannot be used. Loads the pages."""
        from safetyapp.core.wizard.loader import flow_file, load_flow, overlay_file
        from safetyapp.core.wizard.model import FlowError

        english = flow_file(self.root)
        overlay = overlay_file(self.language, self.root)
        contact_ids, page_ids = set(self.contacts), self.page_ids
        if overlay is not None:
            try:
                return load_flow(english, overlay, contact_ids=contact_ids, page_ids=page_ids)
            except FlowError as error:
                if error.path != overlay:
                    raise
                self._flow_problems.append(str(error))
        return load_flow(english, contact_ids=contact_ids, page_ids=page_ids)

    @property
    def problems(self) -> tuple[str, ...]:
        """What could not be loaded; the app starts with the rest and says so. Loads the pages, the guides
        and the flow."""
        from safetyapp.core.wizard.model import FlowError

        content_problems = self.content.problems()
        try:
            self.flow  # noqa: B018  (loading it is the check)
            flow_problems = list(self._flow_problems)
        except FlowError as error:
            flow_problems = [str(error)]
        self.contacts  # noqa: B018  (reading them is the check)
        return (
            *self._contact_problems,
            *self._language_problems,
            *content_problems,
            *self.guides.problems(),
            *flow_problems,
        )


def load_library(language: str, root: Path | None = None) -> Library:
    return Library(language, root)
