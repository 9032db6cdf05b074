"""Pure policy functions (no I/O, no clock, no randomness) that the workflow and its activities call."""
