"""Wrong: take the heaviest weights first while they still fit (greedy)."""
import sys

data = sys.stdin.read().split()
n, cap = int(data[0]), int(data[1])
w = [int(x) for x in data[2:2 + n]]
total = 0
for x in sorted(w, reverse=True):
    if total + x <= cap:
        total += x
print(total)
