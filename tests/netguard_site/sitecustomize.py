"""Loaded by Python at start-up in CLI subprocesses started by the tests (PYTHONPATH points here)."""

import os
import sys

if os.environ.get("MDIR_NETGUARD_LOG"):
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    import netguard

    netguard.install()
    sys.path.pop(0)
