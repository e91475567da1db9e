"""briefing.gui.selftest: the real window, the sample, a PDF; 0 when all is well, 1 (never an exception) if not."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.packaging.conftest import ROOT

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def test_self_test_passes_in_process() -> None:
    from briefing.gui.selftest import run_self_test

    lines: list[str] = []
    assert run_self_test(out=lines.append) == 0, "\n".join(lines)
    text = "\n".join(lines)
    assert "FAIL" not in text
    for check in ("main window", "sample listed", "sample shown", "PDF export"):
        assert any(line.startswith("ok") and check in line for line in lines), text
    assert lines[-1].startswith("self-test passed")


def test_self_test_reports_a_failed_check(monkeypatch: pytest.MonkeyPatch) -> None:
    import briefing.gui.selftest as selftest

    monkeypatch.setattr(selftest, "MIN_PDF_BYTES", 10**9)
    lines: list[str] = []
    assert selftest.run_self_test(out=lines.append) == 1
    assert any(line.startswith("FAIL PDF export") for line in lines), lines
    assert lines[-1].startswith("self-test FAILED: 1 check")


def test_self_test_never_raises(monkeypatch: pytest.MonkeyPatch) -> None:
    import briefing.gui.selftest as selftest

    def broken(*args: object, **kwargs: object) -> None:
        raise SystemExit(3)

    monkeypatch.setattr(selftest, "_window_checks", broken)
    lines: list[str] = []
    assert selftest.run_self_test(out=lines.append) == 1
    assert any("stopped by SystemExit" in line for line in lines), lines


def test_importing_selftest_leaves_qt_unloaded() -> None:
    code = ("import sys, briefing.gui.selftest\n"
            "loaded = sorted(m for m in sys.modules if m.startswith('PySide6'))\n"
            "print(loaded); sys.exit(1 if loaded else 0)\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr


def test_briefing_self_test_command() -> None:
    """`briefing --self-test`, once the command line wires it (skipped until then)."""
    help_text = subprocess.run([sys.executable, "-m", "briefing", "--help"], capture_output=True, text=True,
                               timeout=120, cwd=ROOT).stdout
    if "--self-test" not in help_text:
        pytest.skip("the command line does not offer --self-test yet")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-m", "briefing", "--self-test"], capture_output=True, text=True,
                            timeout=300, cwd=ROOT, env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "self-test passed" in result.stdout
