"""Jinja templates compiled to Python; generated, do not edit."""

DIGEST = "1548e422"
