"""Tests of the embedded dev stack (real processes, temp data dirs, free ports)."""
