# Marks this folder as the package data ``treatyviewer.resources``; it holds no code.
