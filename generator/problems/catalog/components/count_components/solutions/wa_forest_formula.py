"""Wrong: the forest formula N - M, which ignores cycles."""
import sys

data = sys.stdin.buffer.read().split()
print(int(data[0]) - int(data[1]))
