"""Building blocks every page uses: widgets, text, theme, printing, clipboard, file dialogs, accessibility."""
