"""Benchmarks: run by hand (`python -m benchmarks`), never in the test suite."""
