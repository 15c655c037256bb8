"""Wrong: 2 * (sum of distinct values) - (sum of all) works only when the others appear exactly twice and the
answer once."""
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
a = list(map(int, data[1:1 + n]))
print(2 * sum(set(a)) - sum(a))
