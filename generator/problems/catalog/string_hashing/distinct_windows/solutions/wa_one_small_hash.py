"""Wrong: one hash modulo 10^9 + 7; among 10^5 different windows some collide and are counted as one."""
import sys

MOD = 1_000_000_007
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
    print(len(set(window_hashes(s, k, BASES[0]))))


main()
