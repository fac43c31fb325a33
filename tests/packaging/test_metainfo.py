"""What software centres show (GNOME Software, KDE Discover read AppStream metainfo): valid without the
network, about this version, launching the menu entry the .deb installs. The built .deb is checked in
test_linux_packages.py."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import xml.etree.ElementTree as ET

import pytest

from safetyapp import APP_NAME, __version__
from tests.conftest import ROOT

LINUX = ROOT / "packaging" / "linux"
METAINFO = LINUX / "safetycompanion.metainfo.xml"


def test_the_metainfo_is_valid_offline() -> None:
    if shutil.which("appstreamcli") is None:
        pytest.fail("appstreamcli is missing: scripts/setup.sh installs Debian's appstream package for the tests")
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", "--pedantic", str(METAINFO)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_metainfo_is_about_this_version_and_launches_the_menu_entry() -> None:
    component = ET.parse(METAINFO).getroot()
    assert component.findtext("name") == APP_NAME
    newest = component.find("./releases/release")
    assert newest is not None and newest.get("version") == __version__, "add a <release> for the new version"
    launchable = component.findtext("launchable[@type='desktop-id']")
    assert launchable is not None and (LINUX / launchable).is_file()
    desktop = configparser.ConfigParser(interpolation=None)
    desktop.read(LINUX / launchable, encoding="utf-8")
    assert desktop["Desktop Entry"]["Name"] == APP_NAME
    assert component.findtext("./provides/binary") == desktop["Desktop Entry"]["Exec"]
    assert component.find("content_rating[@type='oars-1.1']") is not None
