"""Wrong: the textbook hash with ascending powers, H[i] = sum of letter * 31^j for j < i modulo 10^9 + 9 (letters
a = 1 .. z = 26); the window at i matches when H[i+m] - H[i] equals the pattern's hash times 31^i. One fixed hash:
the words the anti-hash tests plant with the pattern's ascending-power hash are counted."""
import sys

MOD = 1_000_000_009


def main() -> None:
    t, p = sys.stdin.buffer.read().split()
    base = 31
    target, power = 0, 1
    for ch in p:
        target = (target + (ch - 96) * power) % MOD
        power = power * base % MOD
    m = len(p)
    prefix = [0] * (len(t) + 1)
    h, power = 0, 1
    for i, ch in enumerate(t):
        h = (h + (ch - 96) * power) % MOD
        power = power * base % MOD
        prefix[i + 1] = h
    count, shift = 0, 1
    for i in range(len(t) - m + 1):
        if (prefix[i + m] - prefix[i]) % MOD == target * shift % MOD:
            count += 1
        shift = shift * base % MOD
    print(count)


main()
