"""Kiosk mode for service halls: sessions that leave nothing behind, large controls."""
