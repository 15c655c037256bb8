"""Wrong: off by one bit index, 1 << bit_length(x) is the smallest power of two ABOVE x."""
import sys

data = sys.stdin.buffer.read().split()
q = int(data[0])
print("\n".join(str(1 << int(x).bit_length()) for x in data[1:1 + q]))
