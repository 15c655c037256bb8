"""Wrong: demands two occurrences that do not overlap (second start at least L after the first)."""
import sys

MOD = (1 << 61) - 1
BASE = 911382323


def repeats(s: bytes, prefix: list[int], length: int) -> bool:
    power = pow(BASE, length, MOD)
    hashes = [(hi - lo * power) % MOD for hi, lo in zip(prefix[length:], prefix)]
    if len(set(hashes)) == len(hashes):
        return False  # equal windows have equal hashes, so no window repeats
    starts: dict[int, list[int]] = {}
    for i, h in enumerate(hashes):
        bucket = starts.get(h)
        if bucket is None:
            starts[h] = [i]
            continue
        j = bucket[0]  # the earliest start is the farthest one
        if i - j >= length and s[j:j + length] == s[i:i + length]:
            return True
        bucket.append(i)
    return False


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
