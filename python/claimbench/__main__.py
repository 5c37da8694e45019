"""``python -m claimbench``: the command line, as the console script."""

from claimbench import main

main()
