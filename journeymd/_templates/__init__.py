"""Jinja templates compiled to Python; generated, do not edit."""

DIGEST = "154d22bb"
