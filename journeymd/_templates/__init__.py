"""Jinja templates compiled to Python; generated, do not edit."""

DIGEST = "548f418f"
