"""Jinja templates compiled to Python; generated, do not edit."""

DIGEST = "c656a6ce"
