"""Jinja templates compiled to Python; generated, do not edit."""

DIGEST = "13442bcf9785b64518398134cadbaa3f6eb5f5325f8d30e0f223054dbf8b7f4b"
