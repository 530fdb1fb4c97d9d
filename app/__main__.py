"""``python -m app`` runs the same entry point as the ``mdir-desk`` console script."""

import sys

from app.cli.main import main

sys.exit(main())
