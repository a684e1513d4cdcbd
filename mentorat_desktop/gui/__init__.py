"""The Qt user interface: views, dialogs and item models on top of the core services."""
