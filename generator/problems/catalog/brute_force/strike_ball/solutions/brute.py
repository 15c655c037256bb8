"""Obviously correct: every number 100..999, filtered to distinct nonzero digits, answers recomputed per digit pair."""
import sys

data = sys.stdin.read().split()
n = int(data[0])
questions = [(data[1 + 3 * i], int(data[2 + 3 * i]), int(data[3 + 3 * i])) for i in range(n)]
count = 0
for x in range(100, 1000):
    secret = str(x)
    if "0" in secret or len(set(secret)) < 3:
        continue
    good = True
    for guess, s, b in questions:
        strikes = balls = 0
        for i in range(3):
            for j in range(3):
                if secret[i] == guess[j]:
                    if i == j:
                        strikes += 1
                    else:
                        balls += 1
        good = good and strikes == s and balls == b
    count += good
print(count)
