"""Qt widgets. They display core objects and turn user actions into intents."""
