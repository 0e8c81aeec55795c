"""Jinja templates compiled to Python; generated, do not edit."""

DIGEST = "29b44166"
