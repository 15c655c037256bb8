"""Prefix hashes modulo the prime 2^61 - 1 with a base drawn at random for every run: the hash of S[a..a+k-1] is
P[a + k - 1] - P[a - 1] * B^k. Two different pieces collide with probability at most k / 2^61 for a random base,
so with 2*10^5 questions a wrong YES is astronomically unlikely, and no fixed input can be built against it."""
import random
import sys

MOD = (1 << 61) - 1


def main() -> None:
    data = sys.stdin.buffer.read().split()
    s, q = data[0], int(data[1])
    base = random.randrange(1 << 20, MOD - 1)
    prefix, power = [0], [1]
    for ch in s:
        prefix.append((prefix[-1] * base + ch) % MOD)
        power.append(power[-1] * base % MOD)
    out = []
    for t in range(q):
        a, b, k = int(data[2 + 3 * t]), int(data[3 + 3 * t]), int(data[4 + 3 * t])
        ha = (prefix[a + k - 1] - prefix[a - 1] * power[k]) % MOD
        hb = (prefix[b + k - 1] - prefix[b - 1] * power[k]) % MOD
        out.append("YES" if ha == hb else "NO")
    sys.stdout.write("\n".join(out) + "\n")


main()
