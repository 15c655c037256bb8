import sys
from bisect import bisect_left, bisect_right

data = sys.stdin.buffer.read().split()
q = int(data[0])
queries = [(int(data[i]), int(data[i + 1]), int(data[i + 2])) for i in range(1, 3 * q + 1, 3)]
m = max(b for _, b, _ in queries)


def distinct_primes(x):  # trial division: O(sqrt x) per number
    count, d = 0, 2
    while d * d <= x:
        if x % d == 0:
            count += 1
            while x % d == 0:
                x //= d
        d += 1
    return count + (x > 1)


where = {}
for x in range(1, m + 1):
    where.setdefault(distinct_primes(x), []).append(x)
out = []
for a, b, k in queries:
    pos = where.get(k, [])
    out.append(bisect_right(pos, b) - bisect_left(pos, a))
sys.stdout.write("\n".join(map(str, out)) + "\n")
