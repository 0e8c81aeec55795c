"""Rules across journeys: each module has ``ID``, ``DESCRIPTION``, ``SEVERITY`` and
``check(repository)``, which yields ``(path, position, message)``."""
