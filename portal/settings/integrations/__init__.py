"""One module per outside system. Each is inert unless its ``USE_<X>`` flag is
set; then it fails loudly when a required value is missing. Without the flag
the project uses the fake client, which is what dev, tests and the demo run."""
