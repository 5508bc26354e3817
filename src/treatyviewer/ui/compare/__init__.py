"""The reading surface: panes, rendering, span layers, connector, overview, navigation,
scroll sync and find."""
