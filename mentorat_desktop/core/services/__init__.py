"""Services: every read and every change of the data goes through one of these."""
