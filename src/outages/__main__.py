"""`python -m outages`: the same as the `outages` command."""

import sys

from outages.cli import main

sys.exit(main())
