import sys

from moderator_app.app import main

sys.exit(main())
