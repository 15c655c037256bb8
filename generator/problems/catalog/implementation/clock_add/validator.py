"""Input validator: python validator.py maxt= < input; exit 0 iff valid. "HH:MM" (00-23, 00-59), then T in [0, maxt]."""
import re
import sys

MAXT = int(dict(arg.split("=", 1) for arg in sys.argv[1:])["maxt"])
data = sys.stdin.read()
match = re.fullmatch(r"([01][0-9]|2[0-3]):([0-5][0-9])\n(0|[1-9][0-9]*)\n", data)
assert match, "HH:MM and T expected"
assert int(match.group(3)) <= MAXT, "T out of range"
