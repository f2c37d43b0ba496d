"""The pages of the main window, one per part of the branch."""
