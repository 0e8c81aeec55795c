"""Jinja templates compiled to Python; generated, do not edit."""

DIGEST = "1b4869ad"
