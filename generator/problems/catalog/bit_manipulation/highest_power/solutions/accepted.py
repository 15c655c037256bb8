import sys

data = sys.stdin.buffer.read().split()
q = int(data[0])
# The highest set bit of x is the largest power of two <= x; bit_length is exact on integers of any size.
print("\n".join(str(1 << (int(x).bit_length() - 1)) for x in data[1:1 + q]))
