import sys

MOD = 10 ** 9 + 7
n, k = map(int, sys.stdin.read().split())
# Inclusion-exclusion over the workers left idle: sum over i of (-1)^i C(k, i) (k - i)^n.
total = 0
binom = 1  # C(k, i), updated as C(k, i + 1) = C(k, i) (k - i) / (i + 1)
inverses = [0, 1] + [0] * k
for i in range(2, k + 2):
    inverses[i] = (MOD - (MOD // i) * inverses[MOD % i] % MOD) % MOD
for i in range(k + 1):
    term = binom * pow(k - i, n, MOD) % MOD
    total = (total + term) % MOD  # adds every term: no alternating signs
    binom = binom * (k - i) % MOD * inverses[i + 1] % MOD
print(total)
