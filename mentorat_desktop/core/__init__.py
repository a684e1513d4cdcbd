"""The Qt-free core: domain model, database and services.

Nothing under this package may import Qt; the GUI and the command line both build on it.
"""
