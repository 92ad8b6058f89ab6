"""The indicator-naming rules, each a small function with a name, its place in the
cascade and its examples (naming.yaml); registry.py declares them."""
