"""Run the command line as `python -m quotelens`."""

import sys

from quotelens.service.cli import main

sys.exit(main())
