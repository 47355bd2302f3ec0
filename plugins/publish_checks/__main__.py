"""``python -m publish_checks``: the same checker as the plugin, for any folder of HTML."""

import sys

from .cli import main

sys.exit(main())
