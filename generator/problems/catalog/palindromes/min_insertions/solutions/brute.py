"""Obviously correct for tiny N: the letters never paired with an inserted letter form a palindromic
subsequence, and every other letter needs one inserted partner, so the answer is N minus the longest
palindromic subsequence, found here by trying every subset of positions."""
import sys

data = sys.stdin.read().split()
s = data[1]
n = len(s)
best = 0
for mask in range(1, 1 << n):
    kept = "".join(s[i] for i in range(n) if mask >> i & 1)
    if len(kept) > best and kept == kept[::-1]:
        best = len(kept)
print(n - best)
