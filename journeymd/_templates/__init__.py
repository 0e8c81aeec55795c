"""Jinja templates compiled to Python; generated, do not edit."""

DIGEST = "e03a96d4"
