"""The notes dock: the table of notes, the editor and the filter."""
