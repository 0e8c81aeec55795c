"""Jinja templates compiled to Python; generated, do not edit."""

DIGEST = "ca38149f"
