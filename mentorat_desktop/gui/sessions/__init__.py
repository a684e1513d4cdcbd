"""The session log: logging a session in seconds, and the list of sessions."""
