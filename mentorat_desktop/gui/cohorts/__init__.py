"""The cohorts window: the program's cohorts, their dates and their objectives."""
