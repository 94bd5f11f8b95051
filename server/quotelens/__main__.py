"""Run the command line as `python -m quotelens`."""

import sys

from .cli import main

sys.exit(main())
