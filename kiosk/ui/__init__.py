"""Qt widgets. Nothing below this package may import it."""
