# dmgbuild settings: the macOS disk image (SafetyCompanion-VERSION.dmg) holding SafetyCompanion.app and a
# link to /Applications, so the user drags the app across. Build on macOS after `pyinstaller build.spec`:
#   dmgbuild -s packaging/macos/dmg_settings.py -D app=dist/SafetyCompanion.app \
#     "Safety Companion" dist/SafetyCompanion-0.1.0.dmg
# The app needs no administrator rights: it can also be dragged to ~/Applications or run from the image.
# `defines` is provided by dmgbuild when it runs this file.
import os.path

application = defines.get("app", "dist/SafetyCompanion.app")  # noqa: F821
appname = os.path.basename(application)

format = "UDZO"
filesystem = "HFS+"
files = [application]
symlinks = {"Applications": "/Applications"}
icon = defines.get("icon", "packaging/icons/safetycompanion.icns")  # noqa: F821  (run from the checkout)
icon_locations = {appname: (140, 150), "Applications": (420, 150)}
window_rect = ((200, 200), (560, 340))
default_view = "icon-view"
show_status_bar = False
show_toolbar = False
show_sidebar = False
icon_size = 96
text_size = 13
