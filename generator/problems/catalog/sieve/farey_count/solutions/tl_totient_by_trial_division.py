import sys
from itertools import accumulate

data = sys.stdin.buffer.read().split()
q = int(data[0])
ns = list(map(int, data[1:1 + q]))
m = max(ns)


def totient(k):  # factorise k by trial division: O(sqrt k) per denominator
    result, d = k, 2
    while d * d <= k:
        if k % d == 0:
            while k % d == 0:
                k //= d
            result -= result // d
        d += 1
    if k > 1:
        result -= result // k
    return result


phi = [0, 0] + [totient(k) for k in range(2, m + 1)]
total = list(accumulate(phi))
sys.stdout.write("\n".join(str(total[n]) for n in ns) + "\n")
