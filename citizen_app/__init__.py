"""The municipal e-services desktop app (PySide6), Arabic first."""
