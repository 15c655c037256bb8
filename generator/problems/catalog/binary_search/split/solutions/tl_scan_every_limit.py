"""Too slow: tries every limit upwards from the lower bound."""
import sys
data = sys.stdin.buffer.read().split()
n, k = int(data[0]), int(data[1])
a = list(map(int, data[2:2 + n]))
total, big = sum(a), max(a)

def fits(limit):
    # Greedy: close a group only when the next value would push it over the limit (limit >= max(a)).
    groups, cur = 1, 0
    for x in a:
        cur += x
        if cur > limit:
            groups += 1
            if groups > k:
                return False
            cur = x
    return True

limit = max(big, (total + k - 1) // k)
while not fits(limit):
    limit += 1
print(limit)
