"""Obviously correct: compare letter i with letter L-1-i for every i, ignoring case."""
import sys

lines = sys.stdin.read().split()
for word in lines[1:1 + int(lines[0])]:
    ok = True
    for i in range(len(word)):
        if word[i].lower() != word[len(word) - 1 - i].lower():
            ok = False
    print("YES" if ok else "NO")
