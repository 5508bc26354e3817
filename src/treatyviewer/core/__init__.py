"""The model and the algorithms. Imports no Qt, so it runs and tests as plain Python."""
