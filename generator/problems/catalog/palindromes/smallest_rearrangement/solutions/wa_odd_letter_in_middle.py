"""Wrong: puts every copy of the odd-count letter in the middle instead of only the spare one (`aaabb` gives
`baaab`, a palindrome but not the smallest `ababa`)."""
import sys
from collections import Counter

data = sys.stdin.read().split()
counts = Counter(data[1])
odd = [c for c in counts if counts[c] % 2]
if len(odd) > 1:
    print(-1)
else:
    half = "".join(c * (counts[c] // 2) for c in sorted(counts) if c not in odd)
    print(half + "".join(c * counts[c] for c in odd) + half[::-1])
