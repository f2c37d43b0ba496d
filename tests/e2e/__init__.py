"""End-to-end tests: the real client against the real stub server on loopback HTTP."""
