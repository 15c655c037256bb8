import sys

MOD = 10 ** 9 + 7
n, k, low = map(int, sys.stdin.read().split())
rest = n - k * low  # hand out the forced minimum first
if rest < 0:
    print(0)
else:
    # Stars and bars: rest identical items and k - 1 separators in a row: C(rest + k - 1, k - 1).
    top, bottom = 1, 1
    for i in range(1, k + 1):  # C(rest + k - 1, k): chooses k separators
        top = top * (rest + i - 1) % MOD
        bottom = bottom * i % MOD
    print(top * pow(bottom, MOD - 2, MOD) % MOD)
