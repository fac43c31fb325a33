"""Helpers shared by test folders: how a person answers a dialog, fake parts where no real one can run."""
