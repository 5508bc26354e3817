# Marks this folder as the package data ``treatyviewer.bundled``; it holds no code.
