"""Tutorials as data: frozen schema, strict loader, and a pure step engine (no Qt here)."""
