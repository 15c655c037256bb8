"""Wrong: one fixed hash (base 31 modulo 10^9 + 7) trusted without checking: different pieces with equal hashes,
which the anti-hash tests plant, are answered YES."""
import sys

MOD = 1_000_000_007


def main() -> None:
    data = sys.stdin.buffer.read().split()
    s, q = data[0], int(data[1])
    base = 31
    prefix, power = [0], [1]
    for ch in s:
        prefix.append((prefix[-1] * base + ch - 96) % MOD)
        power.append(power[-1] * base % MOD)
    out = []
    for t in range(q):
        a, b, k = int(data[2 + 3 * t]), int(data[3 + 3 * t]), int(data[4 + 3 * t])
        ha = (prefix[a + k - 1] - prefix[a - 1] * power[k]) % MOD
        hb = (prefix[b + k - 1] - prefix[b - 1] * power[k]) % MOD
        out.append("YES" if ha == hb else "NO")
    sys.stdout.write("\n".join(out) + "\n")


main()
