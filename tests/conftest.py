"""Shared test setup: Qt runs offscreen, before anything imports it; no time limits on examples."""

import os
import sys
from pathlib import Path

from hypothesis import settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

# A property fails for a wrong input, never for a slow one: on a loaded machine (CI, two
# cores) the first example also pays for compiling the fact finder's regexes, which broke
# hypothesis' default 200 ms deadline once.
settings.register_profile("crosscheck", deadline=None)
settings.load_profile("crosscheck")
