import sys

from safetyapp.app import main

sys.exit(main())
