"""The concordance: the table of which article became which, and its dock."""
