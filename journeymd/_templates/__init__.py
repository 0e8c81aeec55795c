"""Jinja templates compiled to Python; generated, do not edit."""

DIGEST = "047bb039"
