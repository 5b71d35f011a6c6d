"""``python -m framing``: the ``framing`` command line."""

import sys

from framing.cli import main

sys.exit(main())
