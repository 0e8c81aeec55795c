"""Jinja templates compiled to Python; generated, do not edit."""

DIGEST = "58343f05"
