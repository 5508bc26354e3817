"""The composition root: the main window, start-up, docks, menus and the status line.

The only package that imports the main window; the helpers here wire features together."""
