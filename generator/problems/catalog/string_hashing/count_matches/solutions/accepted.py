"""Rabin-Karp: prefix hashes of T modulo the prime 2^61 - 1 with a base drawn at random for every run; the window
starting at i matches iff its hash equals P's hash. A different window collides with probability at most |P| / 2^61
for a random base, so over 5*10^5 windows a wrong count is astronomically unlikely."""
import random
import sys

MOD = (1 << 61) - 1


def main() -> None:
    t, p = sys.stdin.buffer.read().split()
    base = random.randrange(1 << 20, MOD - 1)
    target = 0
    for ch in p:
        target = (target * base + ch) % MOD
    m = len(p)
    prefix = [0] * (len(t) + 1)
    h = 0
    for i, ch in enumerate(t):
        h = (h * base + ch) % MOD
        prefix[i + 1] = h
    shift = pow(base, m, MOD)
    print(sum(1 for hi, lo in zip(prefix[m:], prefix) if (hi - lo * shift) % MOD == target))


main()
