"""Reference (brute force): every secret with three distinct digits 1-9 (9 * 8 * 7 = 504), kept if each
question's strikes and balls match. Balls are common digits minus strikes. O(504 * N)."""
import sys
from itertools import permutations


def main():
    data = sys.stdin.read().split()
    n = int(data[0])
    questions = [(data[1 + 3 * i], int(data[2 + 3 * i]), int(data[3 + 3 * i])) for i in range(n)]
    count = 0
    for secret in permutations("123456789", 3):
        ok = True
        for guess, s, b in questions:
            strikes = (secret[0] == guess[0]) + (secret[1] == guess[1]) + (secret[2] == guess[2])
            common = len(set(secret) & set(guess))
            if strikes != s or common - strikes != b:
                ok = False
                break
        if ok:
            count += 1
    print(count)


main()
