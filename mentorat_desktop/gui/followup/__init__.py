"""Follow-up: the month-by-month grid against the commitment, and the pairs to call."""
