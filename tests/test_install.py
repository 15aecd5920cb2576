"""`pip install .` with no extras: a fresh venv runs `gossipcheck check` without the lab's
dependencies (scikit-learn, matplotlib, torch), and the lab says what it needs."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import EXAMPLE, ROOT


@pytest.mark.slow
@pytest.mark.timeout(1800)
def test_runtime_install_checks_the_example_without_the_lab(tmp_path: Path) -> None:
    source = tmp_path / "source"  # only what the wheel is built from: no build leftovers here
    source.mkdir()
    for name in ("pyproject.toml", "README.md", "LICENSE"):
        shutil.copy2(ROOT / name, source / name)
    shutil.copytree(ROOT / "src", source / "src", ignore=shutil.ignore_patterns("__pycache__"))
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    install = subprocess.run(
        [str(venv / "bin" / "pip"), "install", "--quiet", str(source)],
        capture_output=True,
        text=True,
        timeout=1500,
    )
    assert install.returncode == 0, install.stderr[-2000:]

    check = subprocess.run(
        [str(venv / "bin" / "gossipcheck"), "check", str(EXAMPLE), "--format", "json"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert check.returncode == 0, check.stderr
    assert '"credibility"' in check.stdout

    for module in ("sklearn", "matplotlib", "torch", "joblib"):
        probe = subprocess.run([str(venv / "bin" / "python"), "-c", f"import {module}"])
        assert probe.returncode != 0, f"{module} is installed without an extra"

    lab = subprocess.run(
        [str(venv / "bin" / "gossipcheck"), "lab", "train"], capture_output=True, text=True
    )
    assert lab.returncode != 0
    assert lab.stderr.strip() == "gossipcheck: error: the lab needs `pip install gossipcheck[lab]`"
