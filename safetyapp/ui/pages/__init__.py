"""The sections a reader moves between: Home, Advice, What to do now, Get help, Settings, and the first-run welcome."""
