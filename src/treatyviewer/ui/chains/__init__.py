"""Chains of versions in the window: the version strip, the lineage table, the history panel."""
