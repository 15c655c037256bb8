"""Prefix hashes modulo the prime 2^61 - 1 with a base B drawn at random for every run: P[i] is the hash of the
first i letters (P[i + 1] = P[i] * B + s_i), so the piece of length k at a has hash P[a + k - 1] - P[a - 1] * B^k.
Two pieces are equal iff P[a+k-1] - P[b+k-1] - (P[a-1] - P[b-1]) * B^k is 0 modulo p (one product and one reduction
per question). Two different pieces collide with probability at most k / 2^61 for a random base, so with 2*10^5
questions a wrong YES is astronomically unlikely, and no fixed input can be built against it."""
import random
import sys
from itertools import accumulate, repeat

MOD = (1 << 61) - 1


def main() -> None:
    data = sys.stdin.buffer.read().split()
    s = data[0]
    base = random.randrange(1 << 20, MOD - 1)
    # at[i] = P[i - 1] (a leading 0 twice), so the question's 1-based a and a + k index it directly
    at = [0, 0]
    h = 0
    for ch in s:
        h = (h * base + ch) % MOD
        at.append(h)
    power = list(accumulate(repeat(base, len(s)), lambda p, b: p * b % MOD, initial=1))
    nums = list(map(int, data[2:]))
    out = ["NO" if (at[a + k] - at[b + k] - (at[a] - at[b]) * power[k]) % MOD else "YES"
           for a, b, k in zip(nums[0::3], nums[1::3], nums[2::3])]
    sys.stdout.write("\n".join(out) + "\n")


main()
