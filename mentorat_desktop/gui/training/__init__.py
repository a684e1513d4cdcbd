"""The mentor training window: sessions, attendance, sign-in sheets and attestations."""
