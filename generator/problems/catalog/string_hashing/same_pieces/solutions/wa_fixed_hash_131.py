"""Wrong: one fixed hash with another popular choice, base 131 modulo 998244353, read left to right: different
pieces with equal hashes, which the anti-hash tests plant for each common (modulus, base) pair, are answered YES."""
import sys

MOD = 998_244_353


def main() -> None:
    data = sys.stdin.buffer.read().split()
    s, q = data[0], int(data[1])
    base = 131
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
