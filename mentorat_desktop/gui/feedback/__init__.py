"""Feedback rounds in the window: the questionnaire printed, its answers typed back."""
