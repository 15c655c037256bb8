"""Wrong: compares the word with its reverse without folding case ("Level" is judged not a palindrome)."""
import sys

lines = sys.stdin.read().split()
out = []
for word in lines[1:1 + int(lines[0])]:
    out.append("YES" if word == word[::-1] else "NO")
print("\n".join(out))
