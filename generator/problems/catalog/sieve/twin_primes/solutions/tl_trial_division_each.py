import sys

n = int(sys.stdin.read())


def is_prime(k):  # trial division for every number: O(N sqrt N) in the worst case
    if k < 2:
        return False
    d = 2
    while d * d <= k:
        if k % d == 0:
            return False
        d += 1
    return True


count, largest = 0, None
prime = [False, False]
for k in range(2, n + 1):
    prime.append(is_prime(k))
    if prime[k] and prime[k - 2]:
        count += 1
        largest = k - 2
print(count)
print(-1 if largest is None else f"{largest} {largest + 2}")
