"""Benchmarks, not tests: each script prints its figures."""
