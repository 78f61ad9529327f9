import sys

from audit.cli import main

# Guarded: the worker processes of a local Dask cluster are started by importing this
# module again, and must not run the command themselves.
if __name__ == "__main__":
    sys.exit(main())
