"""The `as_user` fixture (each attack as the caller and as uid 65534) for every security test module."""
from tests.security.test_attacks import as_user  # noqa: F401 - a fixture, found by pytest here
