"""Safety Companion: offline help when someone is blackmailing a young person with sexual images."""

__version__ = "0.1.0"
APP_NAME = "Safety Companion"
APP_ID = "SafetyCompanion"
