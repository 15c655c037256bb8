import sys
from itertools import accumulate
from math import isqrt

data = sys.stdin.buffer.read().split()
q = int(data[0])
ns = list(map(int, data[1:1 + q]))
m = max(ns)


def totient(k):  # factorise k by trial division up to sqrt(k): O(sqrt k) per denominator, O(N sqrt N) in all
    result, rest = k, k
    for d in range(2, isqrt(k) + 1):
        if rest % d == 0:
            while rest % d == 0:
                rest //= d
            result -= result // d
    if rest > 1:  # one prime factor above sqrt(k) is left
        result -= result // rest
    return result


phi = [0, 0] + [totient(k) for k in range(2, m + 1)]
total = list(accumulate(phi))
sys.stdout.write("\n".join(str(total[n]) for n in ns) + "\n")
