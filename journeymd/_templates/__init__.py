"""Jinja templates compiled to Python; generated, do not edit."""

DIGEST = "7543b99f"
