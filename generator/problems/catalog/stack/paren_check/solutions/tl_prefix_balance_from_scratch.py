"""Too slow: recomputes the balance of every prefix from scratch, O(|S|^2)."""
import sys

s = sys.stdin.readline().strip()
ok = True
for i in range(len(s)):
    balance = 0
    for j in range(i + 1):
        balance += 1 if s[j] == "(" else -1
    if balance < 0:
        ok = False
        break
    if i == len(s) - 1 and balance != 0:
        ok = False
print("YES" if ok else "NO")
