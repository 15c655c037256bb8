"""Wrong: one fixed hash (base 31 modulo 10^9 + 7) trusted without checking, so planted different windows with the
pattern's hash are counted."""
import sys

MOD = 1_000_000_007


def main() -> None:
    t, p = sys.stdin.buffer.read().split()
    base = 31
    target = 0
    for ch in p:
        target = (target * base + ch - 96) % MOD
    m = len(p)
    prefix = [0] * (len(t) + 1)
    h = 0
    for i, ch in enumerate(t):
        h = (h * base + ch - 96) % MOD
        prefix[i + 1] = h
    shift = pow(base, m, MOD)
    print(sum(1 for hi, lo in zip(prefix[m:], prefix) if (hi - lo * shift) % MOD == target))


main()
