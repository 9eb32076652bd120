"""Typer commands: `core` holds the app and the core commands (`cli.py` runs plain `list` and `show` without it); each other module registers its commands on `core.app`."""
