"""Typed, async access to each resource of the API; widgets get these in their constructor."""
