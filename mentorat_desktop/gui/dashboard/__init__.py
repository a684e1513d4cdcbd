"""The program dashboard: figures for the board and the funders."""
