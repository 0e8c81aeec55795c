"""Jinja templates compiled to Python; generated, do not edit."""

DIGEST = "5f1a0e7a"
