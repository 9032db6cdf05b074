"""Service wiring shared by worker, starter and the embedded stack: settings, names, clients."""
