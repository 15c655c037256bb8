"""Wrong: counts every common digit as a ball, strikes included."""
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
            if strikes != s or common != b:
                ok = False
                break
        if ok:
            count += 1
    print(count)


main()
