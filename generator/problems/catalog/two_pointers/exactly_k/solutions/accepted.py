"""Reference: exactly(K) = atMost(K) - atMost(K - 1). atMost(t) is a sliding window: for each right end, move the
left end until at most t different values remain; then every start from left to right is valid."""
import sys


def at_most(ids, kinds, t):
    if t <= 0:
        return 0
    count = [0] * kinds
    distinct = 0
    left = 0
    total = 0
    for right, v in enumerate(ids):
        if count[v] == 0:
            distinct += 1
        count[v] += 1
        while distinct > t:
            u = ids[left]
            count[u] -= 1
            if count[u] == 0:
                distinct -= 1
            left += 1
        total += right - left + 1
    return total


data = sys.stdin.buffer.read().split()
n, k = int(data[0]), int(data[1])
index = {}
ids = [index.setdefault(v, len(index)) for v in data[2:2 + n]]
print(at_most(ids, len(index), k) - at_most(ids, len(index), k - 1))
