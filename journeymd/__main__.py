"""The ``journeymd`` command, and ``python -m journeymd``."""

import gc


def main() -> None:
    """Load the command's modules with the garbage collector paused, then run it.

    Importing PyYAML, click and our modules allocates tens of thousands of objects that live until
    the process ends; collecting while they load only rescans them (5-10 ms of a 120 ms render),
    and freezing them keeps later collections from scanning them again.
    """
    gc.disable()
    from .cli import entry_point  # after gc.disable(): that is the point of this function

    gc.freeze()
    gc.enable()
    entry_point()


if __name__ == "__main__":
    main()
