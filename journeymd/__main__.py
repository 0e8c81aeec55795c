"""``python -m journeymd``: the same as the ``journeymd`` command."""

from .cli import run

run()
