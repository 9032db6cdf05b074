"""Held-out blind batch 13 (see README.md)."""
