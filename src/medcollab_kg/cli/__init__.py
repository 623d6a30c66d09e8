"""The `kg` command line: one module per command group, rendering in output.py."""
