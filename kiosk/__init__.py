"""Morning Coffee kiosk: digital-literacy help point for Bình dân học vụ số."""

__version__ = "0.1.0"
