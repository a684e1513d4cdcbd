"""The user guide inside the application: its pages on disk, and the window that shows them."""
