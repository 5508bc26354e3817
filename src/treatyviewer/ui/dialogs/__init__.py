"""Dialogs: About, About these texts, the User Guide, export options, opening two texts."""
