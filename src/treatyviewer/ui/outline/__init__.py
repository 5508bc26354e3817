"""The outline of each text: divisions, units and their parts, with each unit's status."""
