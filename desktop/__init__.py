"""The desktop client: everything that is not a widget."""
