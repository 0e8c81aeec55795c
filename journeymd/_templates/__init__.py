"""Jinja templates compiled to Python; generated, do not edit."""

DIGEST = "22877b0b"
