"""Local groups in the window: the groups window, the toolbar's group selector and what this
computer remembers (its coordinator's own group, whether they may see every group)."""
