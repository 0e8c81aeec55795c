"""Jinja templates compiled to Python; generated, do not edit."""

DIGEST = "dd9788f3"
