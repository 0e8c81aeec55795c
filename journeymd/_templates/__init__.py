"""Jinja templates compiled to Python; generated, do not edit."""

DIGEST = "a405fc11"
