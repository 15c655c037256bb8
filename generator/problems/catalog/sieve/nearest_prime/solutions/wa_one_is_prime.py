import sys


def is_prime(k):
    if k < 1:
        return False
    d = 2
    while d * d <= k:
        if k % d == 0:
            return False
        d += 1
    return True


n = int(sys.stdin.read())
d = 0
while True:  # prime gaps below 10^9 are at most 282, so only a few hundred candidates are tested
    if is_prime(n - d):  # below first: on a tie the smaller prime wins
        print(n - d)
        break
    if is_prime(n + d):
        print(n + d)
        break
    d += 1
