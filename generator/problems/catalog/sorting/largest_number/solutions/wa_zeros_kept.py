"""Wrong: prints the concatenation even when it is all zeros ("000" instead of "0")."""
import sys
from functools import cmp_to_key

data = sys.stdin.read().split()
words = data[1:1 + int(data[0])]
words.sort(key=cmp_to_key(lambda a, b: (b + a > a + b) - (b + a < a + b)))
answer = "".join(words)
print(answer)
