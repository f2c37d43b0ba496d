"""The test suite: server/, desktop/, ui/ and e2e/ mirror the packages."""
