"""Reading other programs' files into the register: spreadsheets saved as CSV or XLSX.

Importers never write while they plan: they read the file, classify each row and let the
coordinator look at the result before anything reaches the database.
"""
