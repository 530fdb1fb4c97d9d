"""Pure domain logic: the question tree, the seven IR classes, the classification engine. No I/O beyond
reading the shipped YAML, no Qt, no database."""
