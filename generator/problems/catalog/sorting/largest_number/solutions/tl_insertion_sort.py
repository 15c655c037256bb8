"""Too slow: insertion sort with the same order, O(N^2) comparisons."""
import sys

data = sys.stdin.read().split()
words = data[1:1 + int(data[0])]
for i in range(1, len(words)):
    w = words[i]
    j = i - 1
    while j >= 0 and words[j] + w < w + words[j]:
        words[j + 1] = words[j]
        j -= 1
    words[j + 1] = w
answer = "".join(words)
print("0" if answer[0] == "0" else answer)
