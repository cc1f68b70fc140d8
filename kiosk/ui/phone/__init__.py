"""The simulated phone: frame, component widgets, and rendering of tutorial screens."""
