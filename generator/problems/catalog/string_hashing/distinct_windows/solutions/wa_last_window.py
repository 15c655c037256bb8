"""Wrong: stops one window early (N - K windows instead of N - K + 1)."""
import sys

MOD = (1 << 61) - 1
BASES = (911382323, 972663749)


def window_hashes(s: bytes, k: int, base: int) -> list[int]:
    prefix = [0] * (len(s) + 1)
    for i, ch in enumerate(s):
        prefix[i + 1] = (prefix[i] * base + ch) % MOD
    power = pow(base, k, MOD)
    return [(hi - lo * power) % MOD for hi, lo in zip(prefix[k:-1], prefix)]


def main() -> None:
    data = sys.stdin.buffer.read().split()
    k, s = int(data[1]), data[2]
    first, second = (window_hashes(s, k, base) for base in BASES)
    print(len({(a << 61) | b for a, b in zip(first, second)}))


main()
