"""Launcher: `python main.py` runs the desktop app."""

import sys

from citizen_app.app import main

if __name__ == "__main__":
    sys.exit(main())
