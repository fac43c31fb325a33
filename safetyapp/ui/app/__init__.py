"""The application shell: start-up, the main window and its section list, quick exit, one copy per
data folder, and closing at the end of a session."""
