"""Domain services: check-in, sessions, certificates, results, staff access. No Qt here."""
