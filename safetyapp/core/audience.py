"""The four readers the app writes for."""

from __future__ import annotations

AUDIENCES = ("young", "parent", "staff", "adult")
