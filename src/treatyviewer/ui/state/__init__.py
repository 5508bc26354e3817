"""QObjects without widgets: the session, its worker, undo, settings, notes store and
session files. Features share state only through this package."""
