"""``python -m journeymd``: the same as the ``journeymd`` command."""

from .cli import entry_point

entry_point()
