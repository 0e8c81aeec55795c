"""Jinja templates compiled to Python; generated, do not edit."""

DIGEST = "900359a7"
