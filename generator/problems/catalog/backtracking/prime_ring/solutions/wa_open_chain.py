"""Wrong: seats a_1 first and extends the row one seat at a time with an unused number whose sum with the previous
one is prime, like the reference, but counts every full row without checking that its last number and a_1 also sum
to a prime: it counts open chains instead of circles (seat N is next to seat 1). An explicit stack replaces
recursion."""
import sys


def main():
    data = list(map(int, sys.stdin.read().split()))
    n, a = data[0], data[1:1 + data[0]]
    limit = 2 * max(a) + 1
    prime = [True] * (limit + 1)
    prime[0] = prime[1] = False
    for p in range(2, int(limit ** 0.5) + 1):
        if prime[p]:
            prime[p * p::p] = [False] * len(prime[p * p::p])
    fits = [[j for j in range(n) if j != i and prime[a[i] + a[j]]] for i in range(n)]
    used = [False] * n
    used[0] = True
    count = 0
    stack = [(0, 1, iter(fits[0]))]  # (last seated index, seats filled, candidates still to try)
    while stack:
        last, filled, candidates = stack[-1]
        if filled == n:
            count += 1
            stack.pop()
            used[last] = False  # last != 0 here: N >= 2
            continue
        for j in candidates:
            if not used[j]:
                used[j] = True
                stack.append((j, filled + 1, iter(fits[j])))
                break
        else:
            stack.pop()
            if last != 0:
                used[last] = False
    print(count)


main()
