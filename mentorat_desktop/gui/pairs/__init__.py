"""The pairs (binômes): list, detail, life of a pair, objectives, matching and charters."""
