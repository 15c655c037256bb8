"""Problem artifacts, the verification gate, the sandbox and the problem families."""
