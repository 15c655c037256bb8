"""Wrong: trusts one polynomial hash modulo 2^64 (the overflow of an unsigned 64-bit integer) without comparing the
windows. A Thue-Morse word of length 2^k (k >= 10) and its complement hash alike for every odd base, and so do the
same words with the same letters around them, so lengths that no window repeats look repeated (anti test thue)."""
import sys

MASK = (1 << 64) - 1
BASE = 911382323


def repeats(prefix: list[int], power: int, length: int) -> bool:
    hashes = [(hi - lo * power) & MASK for hi, lo in zip(prefix[length:], prefix)]
    return len(set(hashes)) < len(hashes)


def main() -> None:
    s = sys.stdin.buffer.read().split()[1]
    n = len(s)
    prefix = [0] * (n + 1)
    for i, c in enumerate(s):
        prefix[i + 1] = (prefix[i] * BASE + c) & MASK
    lo, hi = 0, n - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if repeats(prefix, pow(BASE, mid, 1 << 64), mid):
            lo = mid
        else:
            hi = mid - 1
    print(lo)


main()
