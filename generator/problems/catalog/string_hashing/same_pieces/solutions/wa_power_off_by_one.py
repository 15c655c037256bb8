"""Wrong: shifts the prefix by B^(k - 1) instead of B^k, so the hash of a piece depends on what precedes it."""
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
        ha = (prefix[a + k - 1] - prefix[a - 1] * power[k - 1]) % MOD
        hb = (prefix[b + k - 1] - prefix[b - 1] * power[k - 1]) % MOD
        out.append("YES" if ha == hb else "NO")
    sys.stdout.write("\n".join(out) + "\n")


main()
