"""Wrong: compares the numbers as text, so "10" < "9" and "-1" < "-2"."""
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
print("\n".join(x.decode() for x in sorted(data[1:1 + n])))
