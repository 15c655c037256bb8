"""Too slow: tries all (N-1)! orders of the other numbers and checks the neighbour sums only when the circle is
complete; a prefix that already breaks the rule is never cut off (39.9 million orders at N = 12)."""
import sys
from itertools import permutations


def main():
    data = list(map(int, sys.stdin.read().split()))
    n, a = data[0], data[1:1 + data[0]]
    limit = 2 * max(a) + 1
    prime = [True] * (limit + 1)
    prime[0] = prime[1] = False
    for p in range(2, int(limit ** 0.5) + 1):
        if prime[p]:
            prime[p * p::p] = [False] * len(prime[p * p::p])
    count = 0
    for rest in permutations(a[1:]):
        ring = (a[0], *rest)
        if all(prime[ring[i] + ring[i - 1]] for i in range(n)):
            count += 1
    print(count)


main()
