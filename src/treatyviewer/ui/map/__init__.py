"""The Map room: the places the texts name and the treaty's lines, linked to reading."""
