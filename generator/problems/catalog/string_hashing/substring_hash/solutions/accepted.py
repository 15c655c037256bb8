"""Prefix hashes P[i] = P[i - 1] * 31 + code(S_i) and powers of 31, all modulo 10^9 + 7; then
H(l, r) = P[r] - P[l - 1] * 31^(r - l + 1) (mod 10^9 + 7) in O(1) per question."""
import sys

MOD = 1_000_000_007
BASE = 31


def main() -> None:
    data = sys.stdin.buffer.read().split()
    s, q = data[0], int(data[1])
    prefix, power = [0], [1]
    for ch in s:
        prefix.append((prefix[-1] * BASE + ch - 96) % MOD)
        power.append(power[-1] * BASE % MOD)
    out = []
    for t in range(q):
        l, r = int(data[2 + 2 * t]), int(data[3 + 2 * t])
        out.append((prefix[r] - prefix[l - 1] * power[r - l + 1]) % MOD)
    sys.stdout.write("\n".join(map(str, out)) + "\n")


main()
