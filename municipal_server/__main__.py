import sys

from municipal_server.cli import main

sys.exit(main())
