"""Jinja templates compiled to Python; generated, do not edit."""

DIGEST = "9ecfa5b8"
