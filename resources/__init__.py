"""Package data: help texts, translations, icons, the style sheet and the .desktop entry."""
