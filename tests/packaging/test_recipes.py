"""The Windows and macOS recipes cannot run on Linux (the release workflow builds and smoke-tests them on
native runners). These checks catch what can be caught here: the Group Policy template matches what the
app reads, and each recipe points at the bundle build.spec makes and keeps its promises (per-user
without administrator rights, a machine-wide MSI, the portable marker)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from safetyapp import APP_ID
from safetyapp.core.policy import REGISTRY_KEY, REGISTRY_NAMES
from safetyapp.core.readers import READERS
from safetyapp.core.settings import LANGUAGES
from tests.conftest import ROOT

WINDOWS = ROOT / "packaging" / "windows"
NS = {"p": "http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions"}


def test_the_group_policy_template_sets_exactly_the_values_the_app_reads() -> None:
    admx = ET.parse(WINDOWS / "policy" / "SafetyCompanion.admx").getroot()
    policies = admx.findall(".//p:policy", NS)
    value_names = set()
    for policy in policies:
        assert policy.get("key") == REGISTRY_KEY
        assert policy.get("class") == "Machine"
        value_names |= {policy.get("valueName")} - {None}
        value_names |= {element.get("valueName") for element in policy.findall("./p:elements/*", NS)}
    assert value_names == set(REGISTRY_NAMES.values())
    enums = {enum.get("valueName"): enum for enum in admx.findall(".//p:enum", NS)}
    readers = [s.text for s in enums["DefaultReader"].findall(".//p:string", NS)]
    languages = [s.text for s in enums["Language"].findall(".//p:string", NS)]
    assert readers == list(READERS) and languages == list(LANGUAGES)


def test_every_string_and_presentation_the_template_names_is_in_its_language_file() -> None:
    admx_text = (WINDOWS / "policy" / "SafetyCompanion.admx").read_text(encoding="utf-8")
    adml = ET.parse(WINDOWS / "policy" / "en-US" / "SafetyCompanion.adml").getroot()
    strings = {s.get("id") for s in adml.findall(".//p:string", NS)}
    presentations = {p.get("id"): p for p in adml.findall(".//p:presentation", NS)}
    assert set(re.findall(r"\$\(string\.(\w+)\)", admx_text)) <= strings
    assert set(re.findall(r"\$\(presentation\.(\w+)\)", admx_text)) == set(presentations)
    for name, presentation in presentations.items():
        refs = {child.get("refId") for child in presentation}
        assert refs == {name}, f"presentation {name} refers to {refs}"


def test_the_inno_setup_installer_is_per_user_with_a_machine_wide_option() -> None:
    iss = (WINDOWS / "SafetyCompanion.iss").read_text(encoding="utf-8")
    assert re.search(r"^PrivilegesRequired=lowest$", iss, re.M)
    overrides = re.search(r"^PrivilegesRequiredOverridesAllowed=(.+)$", iss, re.M)
    assert overrides and "dialog" in overrides.group(1).split()
    assert re.search(r"^DefaultDirName=\{autopf\}", iss, re.M)
    assert f'#define AppExe "{APP_ID}.exe"' in iss
    assert r'#define SourceDir "..\..\dist\SafetyCompanion"' in iss
    assert (ROOT / "packaging" / "icons" / "safetycompanion.ico").is_file()


def test_the_msi_is_machine_wide_and_harvests_the_whole_bundle() -> None:
    wxs = ET.parse(WINDOWS / "SafetyCompanion.wxs").getroot()
    ns = {"w": "http://wixtoolset.org/schemas/v4/wxs"}
    package = wxs.find("w:Package", ns)
    assert package is not None and package.get("Scope") == "perMachine"
    assert package.find("w:MajorUpgrade", ns) is not None
    files = wxs.find(".//w:Files", ns)
    assert files is not None and files.get("Include") == r"!(bindpath.Bundle)\**"
    shortcut = wxs.find(".//w:Shortcut", ns)
    assert shortcut is not None and shortcut.get("Target") == f"[INSTALLFOLDER]{APP_ID}.exe"


def test_the_release_workflow_builds_and_smoke_tests_every_installer() -> None:
    workflow = (ROOT / ".github" / "workflows" / "release.yml").read_text(encoding="utf-8")
    for expected in (
        "bash .ci/run",
        "SafetyCompanion.iss",
        "SafetyCompanion.wxs",
        "-windows-portable.zip",
        "packaging\\portable-mode.txt",
        "dmg_settings.py",
        "--self-test",
        "/CURRENTUSER",
        "msiexec.exe",
    ):
        assert expected in workflow, expected
    assert workflow.count("--self-test") >= 4  # Windows bundle, Inno install, MSI install, macOS
