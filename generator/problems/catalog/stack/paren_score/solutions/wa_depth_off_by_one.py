"""Wrong: sums 2^depth over the empty boxes counting the box itself (the right exponent is depth - 1)."""
import sys

MOD = 1_000_000_007
s = sys.stdin.readline().strip()
total = depth = 0
for i, ch in enumerate(s):
    if ch == "(":
        depth += 1
    else:
        if s[i - 1] == "(":
            total = (total + pow(2, depth, MOD)) % MOD
        depth -= 1
print(total)
