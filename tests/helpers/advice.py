"""What the advice tests share: the shipped resources, the languages, the wizard's flow in one language."""

from __future__ import annotations

from pathlib import Path

from safetyapp.core.wizard.loader import flow_file, load_flow, overlay_file
from safetyapp.core.wizard.model import Flow

RESOURCES = Path(__file__).resolve().parents[2] / "resources"
LANGUAGES = ("en-GB", "cy", "pl", "ur")


def flow_for(language: str, root: Path = RESOURCES) -> Flow:
    """The flow with `language`'s translation laid over it (the English flow for en-GB)."""
    return load_flow(flow_file(root), overlay_file(language, root))
