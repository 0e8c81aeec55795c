"""Jinja templates compiled to Python; generated, do not edit."""

DIGEST = "f9bedad6"
