"""Reference: sort the numbers as integers."""
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
print("\n".join(map(str, sorted(map(int, data[1:1 + n])))))
