"""The municipal e-services desktop app (PySide6), Arabic first."""

__version__ = "0.2.0"
