"""Readers that turn files into documents, and exporters that write reports."""
