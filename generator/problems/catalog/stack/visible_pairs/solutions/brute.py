"""Obviously correct: every pair, with the tallest person strictly between them."""
import sys

data = sys.stdin.read().split()
h = [int(x) for x in data[1:1 + int(data[0])]]
total = 0
for i in range(len(h)):
    between = 0
    for j in range(i + 1, len(h)):
        if between <= min(h[i], h[j]):
            total += 1
        between = max(between, h[j])
print(total)
