"""Obviously correct: count the distinct values below each one."""
import sys

data = sys.stdin.read().split()
a = [int(x) for x in data[1:1 + int(data[0])]]
print(" ".join(str(len({y for y in a if y < x})) for x in a))
