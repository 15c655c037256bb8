"""Count letters: a palindrome exists iff at most one letter has an odd count. Its left half takes count // 2 of
every letter in alphabetical order, the odd letter's spare copy goes in the middle, the right half mirrors."""
import sys
from collections import Counter

data = sys.stdin.read().split()
counts = Counter(data[1])
odd = [c for c in counts if counts[c] % 2]
if len(odd) > 1:
    print(-1)
else:
    half = "".join(c * (counts[c] // 2) for c in sorted(counts))
    print(half + "".join(odd) + half[::-1])
