"""Exits with status 1 as soon as it starts, as a program with a missing
import does. Each start appends a line to the file named by the first
argument, so a test can count the starts."""
import sys

with open(sys.argv[1], "a") as starts:
    starts.write("started\n")
sys.exit("ModuleNotFoundError: No module named 'the_model'")
