"""Wrong: gives the letters the codes 0..25 instead of 1..26 (then "a" and "aa" hash alike)."""
import sys

MOD = 1_000_000_007
BASE = 31


def main() -> None:
    data = sys.stdin.buffer.read().split()
    s, q = data[0], int(data[1])
    prefix, power = [0], [1]
    for ch in s:
        prefix.append((prefix[-1] * BASE + ch - 97) % MOD)
        power.append(power[-1] * BASE % MOD)
    out = []
    for t in range(q):
        l, r = int(data[2 + 2 * t]), int(data[3 + 2 * t])
        out.append((prefix[r] - prefix[l - 1] * power[r - l + 1]) % MOD)
    sys.stdout.write("\n".join(map(str, out)) + "\n")


main()
