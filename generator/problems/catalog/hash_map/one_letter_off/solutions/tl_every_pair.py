"""Too slow: compares every pair of words letter by letter, O(N^2 L)."""
import sys

data = sys.stdin.buffer.read().split()
n, length = int(data[0]), int(data[1])
words = data[2:2 + n]
pairs = 0
for i in range(n):
    a = words[i]
    for j in range(i + 1, n):
        b = words[j]
        diff = 0
        for p in range(length):
            if a[p] != b[p]:
                diff += 1
                if diff > 1:
                    break
        if diff == 1:
            pairs += 1
print(pairs)
