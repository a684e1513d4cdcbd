"""The members register: table model, view, dialog and detail panel."""
