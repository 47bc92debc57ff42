"""Checks on what callers pass in."""

from __future__ import annotations

from typing import Any

__all__ = ["require_text"]


def require_text(text: Any, name: str = "text") -> str:
    """Return ``text`` if it is a ``str``, else raise a helpful :class:`TypeError`.

    >>> require_text("Guten Tag")
    'Guten Tag'
    >>> require_text(b"Guten Tag")
    Traceback (most recent call last):
    ...
    TypeError: text must be str, got bytes: decode it first, e.g. data.decode('utf-8')
    """
    if isinstance(text, str):
        return text
    if isinstance(text, (bytes, bytearray, memoryview)):
        raise TypeError(
            f"{name} must be str, got {type(text).__name__}: decode it first, "
            "e.g. data.decode('utf-8')"
        )
    raise TypeError(f"{name} must be str, got {type(text).__name__}")
