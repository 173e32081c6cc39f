"""Accuracy on the hand-annotated seeds: a regression below the floor cannot land silently."""

import json
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
SCORER = SHARED / "tools" / "score_alignment.py"
GOLD = SHARED / "corpus" / "seeds-gold.json"
SEEDS = SHARED / "corpus" / "seeds"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not SCORER.exists(), reason="the shared corpus is not beside the checkout"),
]


def test_seeds_accuracy_stays_above_the_floor() -> None:
    command = f"{shlex.quote(sys.executable)} -m viewer compare {{left}} {{right}} --format json"
    run = subprocess.run(
        [sys.executable, str(SCORER), str(GOLD), str(SEEDS), "--compare", command, "--json"],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=300,
        check=True,
    )
    totals = json.loads(run.stdout.strip().splitlines()[-1])
    assert totals["link_f1"] >= 0.85, run.stdout
    assert totals["body_f1"] >= 0.95, run.stdout
    assert totals["onesided_r"] >= 0.85, run.stdout
    assert totals["onesided_p"] >= 0.85, run.stdout
    # Issue 6's goals: fact changes found, and few flags that are not.
    assert totals["fact_r"] >= 0.85, run.stdout
    assert totals["flags_per_pair"] <= 1.5, run.stdout
