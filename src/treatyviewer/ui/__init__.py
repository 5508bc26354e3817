"""Qt widgets. They display core objects and turn user actions into intents."""

from . import qtfix as _qtfix  # noqa: F401  (must run before any PySide6 call)
