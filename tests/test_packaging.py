"""A non-editable wheel carries data/ and seeds/: `outages list --json` works from any folder."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_wheel_install_runs_from_another_directory(tmp_path):
    wheels = tmp_path / "wheels"
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wheels), str(ROOT)],
        capture_output=True, text=True,
    )
    assert build.returncode == 0, build.stderr[-2000:]
    (wheel,) = wheels.glob("outages-*.whl")
    import zipfile

    names = zipfile.ZipFile(wheel).namelist()
    assert any(n.startswith("outages/data/lang/") for n in names)
    assert any(n.startswith("outages/seeds/") and n.endswith(".txt") for n in names)
    assert "outages/seeds/sources.toml" in names
    # A fresh venv that sees this interpreter's packages (the dependencies) but not the checkout.
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True, system_site_packages=True).create(env_dir)
    py = env_dir / "bin" / "python"
    site = subprocess.run([sys.executable, "-c", "import site,sys; print(':'.join(p for p in sys.path if 'site-packages' in p))"], capture_output=True, text=True).stdout.strip()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH",)}
    env["PYTHONPATH"] = site  # the dependencies, from the running environment
    env["OUTAGES_DB"] = str(tmp_path / "store.db")
    install = subprocess.run([str(py), "-m", "pip", "install", "-q", "--no-deps", "--force-reinstall", str(wheel), "--target", str(tmp_path / "site")], capture_output=True, text=True, env=env)
    assert install.returncode == 0, install.stderr[-2000:]
    env["PYTHONPATH"] = str(tmp_path / "site") + ":" + site
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    out = subprocess.run([str(py), "-c", "import sys; from outages.cli import main; sys.exit(main())", "list", "--json"], capture_output=True, text=True, cwd=elsewhere, env=env)
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert len(data) == 5
    probe = subprocess.run([str(py), "-c", "import outages.resources as r; print(r.data_dir())"], capture_output=True, text=True, cwd=elsewhere, env=env)
    assert str(tmp_path / "site") in probe.stdout, probe.stdout


def test_editable_or_checkout_finds_data():
    from outages.resources import data_dir, seeds_dir

    assert (data_dir() / "lang" / "id.toml").is_file()
    assert (seeds_dir() / "sources.toml").is_file()
