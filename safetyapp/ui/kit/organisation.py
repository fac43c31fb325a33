"""What the organisation's policy adds to pages: who the Designated Safeguarding Lead is, and the
"set by your organisation" mark on locked settings."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from safetyapp.core.policy import Policy
from safetyapp.ui.kit.text import fill


def safeguarding_lead_lines(policy: Policy) -> list[str]:
    """One or two whole sentences naming the DSL and how to reach them; none if the policy says nothing."""
    lines = []
    if policy.dsl_name and policy.organisation:
        lines.append(
            fill(
                QCoreApplication.translate("Organisation", "Your Designated Safeguarding Lead (DSL) at %1 is %2."),
                policy.organisation,
                policy.dsl_name,
            )
        )
    elif policy.dsl_name:
        lines.append(
            fill(
                QCoreApplication.translate("Organisation", "Your Designated Safeguarding Lead (DSL) is %1."),
                policy.dsl_name,
            )
        )
    if policy.dsl_contact and policy.dsl_name:
        lines.append(fill(QCoreApplication.translate("Organisation", "How to reach them: %1"), policy.dsl_contact))
    elif policy.dsl_contact:
        lines.append(
            fill(
                QCoreApplication.translate("Organisation", "How to reach your Designated Safeguarding Lead (DSL): %1"),
                policy.dsl_contact,
            )
        )
    return lines


def escape_markdown(text: str) -> str:
    """Text from the policy file, shown literally inside Markdown (no links, emphasis or HTML)."""
    return "".join("\\" + c if c in "\\`*_{}[]()#+-.!<>|~&" else c for c in text)


def set_by_organisation(policy: Policy) -> str:
    if policy.organisation:
        return fill(QCoreApplication.translate("Organisation", "Set by your organisation (%1)"), policy.organisation)
    return QCoreApplication.translate("Organisation", "Set by your organisation")


def policy_problem_text(policy: Policy) -> str:
    """For the message bar: the policy could not all be used; the IT details follow."""
    return fill(
        QCoreApplication.translate(
            "Organisation",
            "Some of your organisation's settings could not be used, so the app's normal settings apply. "
            "Please tell your IT team: %1",
        ),
        "; ".join(policy.problems),
    )
