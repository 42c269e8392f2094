"""Allow ``python -m kztr``."""

from kztr.cli import main

main()
