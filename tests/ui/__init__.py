"""Tests of the widgets in ui/."""
