"""Wrong: applies the forward formula c XOR (c >> 1) to the code instead of inverting it."""
import sys

data = sys.stdin.buffer.read().split()
q = int(data[0])
print("\n".join(str(int(c) ^ (int(c) >> 1)) for c in data[1:1 + q]))
