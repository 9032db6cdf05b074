"""Test harness: fixtures live in tests/fixtures/ by concern and are registered here."""

pytest_plugins = [
    "tests.fixtures.postgres",
    "tests.fixtures.smtp",
    "tests.fixtures.temporal",
]
