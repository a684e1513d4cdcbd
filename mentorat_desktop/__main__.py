import sys

from mentorat_desktop.cli import main

sys.exit(main())
