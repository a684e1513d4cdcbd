import sys

from mentorat_desktop.start import main

sys.exit(main())
