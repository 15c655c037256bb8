"""Wrong: trusts one hash modulo 10^9 + 7 without comparing the windows; collisions among 10^5 windows are
likely, and a collision makes a length look repeated."""
import sys

MOD = 1_000_000_007
BASE = 911382323


def repeats(s: bytes, prefix: list[int], length: int) -> bool:
    power = pow(BASE, length, MOD)
    hashes = [(hi - lo * power) % MOD for hi, lo in zip(prefix[length:], prefix)]
    return len(set(hashes)) < len(hashes)


def main() -> None:
    s = sys.stdin.buffer.read().split()[1]
    n = len(s)
    prefix = [0] * (n + 1)
    for i, ch in enumerate(s):
        prefix[i + 1] = (prefix[i] * BASE + ch) % MOD
    lo, hi = 0, n - 1  # lo always repeats (the empty string); no length n string repeats
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if repeats(s, prefix, mid):
            lo = mid
        else:
            hi = mid - 1
    print(lo)


main()
