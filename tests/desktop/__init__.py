"""Tests of the desktop client modules in desktop/."""
