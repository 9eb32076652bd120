"""Typer commands beyond the core ones in `cli.py`; each module registers its commands on `cli.app`."""
