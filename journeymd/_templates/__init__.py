"""Jinja templates compiled to Python; generated, do not edit."""

DIGEST = "dca670d8"
