"""Checker (Kattis output validator) for dijkstra.reliable_route:
python checker.py input_file answer_file feedback_dir < contestant_output; exit 42 accept, 43 reject.

The answer is a real number: exactly one finite number whose absolute or relative error against the jury's value is
at most 1e-6 is accepted, whatever its format (0.5, 0.500000, 5e-1)."""
import math
import re
import sys

EPS = 1e-6
NUMBER = re.compile(r"[-+]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?")


def reject(reason):
    print(reason, file=sys.stderr)
    sys.exit(43)


jury = float(open(sys.argv[2]).read().split()[0])
tokens = sys.stdin.read().split()
if len(tokens) != 1:
    reject(f"expected exactly one number, got {len(tokens)} tokens")
if not NUMBER.fullmatch(tokens[0]):
    reject(f"{tokens[0][:20]!r} is not a number")
value = float(tokens[0])
if not math.isfinite(value):
    reject("the number is not finite")
error = abs(value - jury)
if error > EPS and error > EPS * abs(jury):
    reject(f"printed {value!r}, expected {jury!r} (error {error:.3g})")
sys.exit(42)
