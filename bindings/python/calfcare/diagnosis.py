"""diagnosis (under construction in its own issue)."""

__all__ = []
