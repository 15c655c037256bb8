"""Obviously correct: peel off the lowest binary digit by division until nothing is left."""
import sys

data = sys.stdin.read().split()
q = int(data[0])
out = []
for token in data[1:1 + q]:
    x, ones = int(token), 0
    while x > 0:
        ones += x % 2
        x //= 2
    out.append(ones)
print("\n".join(map(str, out)))
