"""Jinja templates compiled to Python; generated, do not edit."""

DIGEST = "b6c75420"
