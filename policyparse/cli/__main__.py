"""`python -m policyparse.cli ...` runs the `policyparse` command."""

from . import main

raise SystemExit(main())
