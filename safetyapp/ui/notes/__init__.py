"""My notes: an encrypted record of accounts, demands and times. Never images.

notes_page.NotesPage is the section's page, a view over the notes session (safetyapp.vault.session,
which holds the store and its rules); the other modules are its parts, each named for what it holds.
The store itself (format, keys, saving) is safetyapp.vault, which has no Qt in it.
"""

from safetyapp.ui.notes.notes_page import NotesPage

__all__ = ["NotesPage"]
