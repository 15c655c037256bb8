"""Binary search on the length L (if some length L repeats, so does L - 1). For one L, the polynomial hashes
modulo 2^61 - 1 of all windows come from prefix hashes in O(N); equal hashes are confirmed by comparing the two
windows letter by letter, so a hash collision can never produce a wrong answer."""
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
        window = s[i:i + length]  # sliced only on a hash match: at most one slice per repeat or collision
        if any(s[j:j + length] == window for j in bucket):
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
