"""Server tests: the stub driven through its HTTP API."""
