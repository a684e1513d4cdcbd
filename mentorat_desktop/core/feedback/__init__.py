"""Feedback rounds: check-ins planned for each pair, a printable questionnaire for events
with no network, and its answers typed back (``core.services.feedback``).

Importing this package is cheap: reportlab is loaded only when a questionnaire is printed.
"""
