"""Jinja templates compiled to Python; generated, do not edit."""

DIGEST = "3f662b1d"
