"""What every room uses: colours, interface language, words, encodings, the action registry."""
