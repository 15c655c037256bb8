"""Wrong: trusts one hash modulo 10^9 + 7 without comparing the windows; with 10^5 windows on each side a
collision is likely and makes a length look common."""
import sys

MOD = 1_000_000_007
BASE = 911382323


def prefix_hashes(s: bytes) -> list[int]:
    prefix = [0] * (len(s) + 1)
    for i, ch in enumerate(s):
        prefix[i + 1] = (prefix[i] * BASE + ch) % MOD
    return prefix


def common(a: bytes, pa: list[int], b: bytes, pb: list[int], length: int) -> bool:
    power = pow(BASE, length, MOD)
    ha = [(hi - lo * power) % MOD for hi, lo in zip(pa[length:], pa)]
    hb = [(hi - lo * power) % MOD for hi, lo in zip(pb[length:], pb)]
    return not set(ha).isdisjoint(hb)


def main() -> None:
    data = sys.stdin.buffer.read().split()
    a, b = data[2], data[3]
    pa, pb = prefix_hashes(a), prefix_hashes(b)
    lo, hi = 0, min(len(a), len(b))  # lo: the empty string is common
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if common(a, pa, b, pb, mid):
            lo = mid
        else:
            hi = mid - 1
    print(lo)


main()
