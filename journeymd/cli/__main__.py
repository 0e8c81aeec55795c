"""``python -m journeymd.cli``: the command, as the console script runs it."""

from . import entry_point

if __name__ == "__main__":  # importing this module (as a walk over the package does) runs nothing
    entry_point()
