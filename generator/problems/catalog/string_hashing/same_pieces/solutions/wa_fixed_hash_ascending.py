"""Wrong: the textbook hash with ascending powers, P[i] = sum of letter * 31^j for j < i modulo 10^9 + 9 (letters
a = 1 .. z = 26), pieces compared as (P[a+k-1] - P[a-1]) * 31^(b-1) against (P[b+k-1] - P[b-1]) * 31^(a-1). One
fixed hash: the reversed collisions the anti-hash tests plant are answered YES."""
import sys

MOD = 1_000_000_009


def main() -> None:
    data = sys.stdin.buffer.read().split()
    s, q = data[0], int(data[1])
    base = 31
    prefix, power = [0], [1]
    for ch in s:
        prefix.append((prefix[-1] + (ch - 96) * power[-1]) % MOD)
        power.append(power[-1] * base % MOD)
    out = []
    for t in range(q):
        a, b, k = int(data[2 + 3 * t]), int(data[3 + 3 * t]), int(data[4 + 3 * t])
        ha = (prefix[a + k - 1] - prefix[a - 1]) * power[b - 1] % MOD
        hb = (prefix[b + k - 1] - prefix[b - 1]) * power[a - 1] % MOD
        out.append("YES" if ha == hb else "NO")
    sys.stdout.write("\n".join(out) + "\n")


main()
