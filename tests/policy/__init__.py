"""Unit tests of the pure policy functions (no Temporal, no database)."""
