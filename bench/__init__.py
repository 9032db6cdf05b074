"""Benchmarks (SPEC R-N5): not tests, never run in CI. See bench/README.md."""
