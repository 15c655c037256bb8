"""Wrong: shifts P[l - 1] by 31^(r - l) instead of 31^(r - l + 1) (one power too few)."""
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
        out.append((prefix[r] - prefix[l - 1] * power[r - l]) % MOD)
    sys.stdout.write("\n".join(map(str, out)) + "\n")


main()
