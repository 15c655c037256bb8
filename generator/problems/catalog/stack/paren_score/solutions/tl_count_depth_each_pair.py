"""Too slow: for every empty box recounts its depth from the start of the string, O(|S|^2)."""
import sys

MOD = 1_000_000_007
s = sys.stdin.readline().strip()
total = 0
for i in range(1, len(s)):
    if s[i - 1] == "(" and s[i] == ")":
        depth = s.count("(", 0, i) - s.count(")", 0, i)
        total = (total + pow(2, depth - 1, MOD)) % MOD
print(total)
