"""Pydantic v2 models: the public contract, the archive, plans and reports, activity I/O."""
