"""The "Parties and places" dock: entities named in the texts."""
