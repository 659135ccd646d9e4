"""The commands: each a declaration of its options, one call into the core, one report emitted."""
