"""Wrong: 2 ** int(log2(x)) in floating point; log2(2^59 - 1) rounds to 59.0, giving 2^59 > x."""
import math
import sys

data = sys.stdin.buffer.read().split()
q = int(data[0])
print("\n".join(str(1 << int(math.log2(int(x)))) for x in data[1:1 + q]))
