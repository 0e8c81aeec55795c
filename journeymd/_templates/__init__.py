"""Jinja templates compiled to Python; generated, do not edit."""

DIGEST = "da9c4647"
