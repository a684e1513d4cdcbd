"""Alembic migrations of the Mentorat database, shipped inside the package.

HEAD_REVISION lets a database already at the latest schema open without importing Alembic
(a test proves it equals the head of the scripts in ``versions/``).
"""

HEAD_REVISION = "0011_shared_server"
