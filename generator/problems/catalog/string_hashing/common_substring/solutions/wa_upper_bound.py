"""Wrong: the search stops one short of the shorter length, so a string contained whole in the other is missed."""
import sys

MOD = (1 << 61) - 1
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
    shared = set(ha).intersection(hb)
    if not shared:
        return False  # equal windows have equal hashes
    starts: dict[int, list[int]] = {}
    for i, h in enumerate(ha):
        if h in shared:
            starts.setdefault(h, []).append(i)
    for j, h in enumerate(hb):
        if h in shared:
            window = b[j:j + length]
            if any(a[i:i + length] == window for i in starts[h]):
                return True
    return False


def main() -> None:
    data = sys.stdin.buffer.read().split()
    a, b = data[2], data[3]
    pa, pb = prefix_hashes(a), prefix_hashes(b)
    lo, hi = 0, min(len(a), len(b)) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if common(a, pa, b, pb, mid):
            lo = mid
        else:
            hi = mid - 1
    print(lo)


main()
