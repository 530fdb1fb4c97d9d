"""The ``mdir-desk`` command line: global options, commands, exit codes (0 ok, 2 bad input, 3 incomplete)."""
