"""Wrong: one fixed hash with another popular choice, base 131 modulo 998244353, read left to right (letters by
code): a different window with the pattern's hash, which the anti-hash tests plant for each common (modulus, base)
pair, is counted."""
import sys

MOD = 998_244_353


def main() -> None:
    t, p = sys.stdin.buffer.read().split()
    base = 131
    target = 0
    for ch in p:
        target = (target * base + ch) % MOD
    m = len(p)
    prefix = [0] * (len(t) + 1)
    h = 0
    for i, ch in enumerate(t):
        h = (h * base + ch) % MOD
        prefix[i + 1] = h
    shift = pow(base, m, MOD)
    print(sum(1 for hi, lo in zip(prefix[m:], prefix) if (hi - lo * shift) % MOD == target))


main()
