"""Two independent polynomial hashes modulo 2^61 - 1 (different bases), each window's pair computed in O(1) from
prefix hashes; the number of different pairs is the number of different windows (two 61-bit hashes together make
a collision among 10^5 windows astronomically unlikely)."""
import sys

MOD = (1 << 61) - 1
BASES = (911382323, 972663749)


def window_hashes(s: bytes, k: int, base: int) -> list[int]:
    prefix = [0] * (len(s) + 1)
    for i, ch in enumerate(s):
        prefix[i + 1] = (prefix[i] * base + ch) % MOD
    power = pow(base, k, MOD)
    return [(hi - lo * power) % MOD for hi, lo in zip(prefix[k:], prefix)]


def main() -> None:
    data = sys.stdin.buffer.read().split()
    k, s = int(data[1]), data[2]
    first, second = (window_hashes(s, k, base) for base in BASES)
    print(len({(a << 61) | b for a, b in zip(first, second)}))


main()
