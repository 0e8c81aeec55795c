"""Jinja templates compiled to Python; generated, do not edit."""

DIGEST = "c0d59211"
