"""The same-story matching benchmark."""
