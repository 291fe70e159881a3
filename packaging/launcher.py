"""Entry script for packaged builds: the same as ``moderator-app``."""

import sys

from moderator_app.app import main

if __name__ == "__main__":
    sys.exit(main())
