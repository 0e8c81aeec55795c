"""Jinja templates compiled to Python; generated, do not edit."""

DIGEST = "a93d4275"
