"""same_pieces: anti-hash tests for a modulus that is a power of two (testlib style): python gen_thue.py SEED thue.

A hash modulo 2^61 (or 2^64) instead of the prime 2^61 - 1 passes the random and birthday-collision tests: with an
odd base the Thue-Morse word of length 2^k and its complement collide for every base once k >= 10, and with an
even base B^k is 0 for k >= 61, so two pieces that end in the same 61 letters collide. This draws a Thue-Morse
prefix of length 2^13 over two random letters, then x + c + y + c (x, y differ, c a random common tail of 70-120
letters), and asks for Thue-Morse pieces against their complements (NO), equal Thue-Morse pieces (YES), the two
pieces that share only their tail (NO), and a few random questions.
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
assert mode == "thue", mode
rng = random.Random(seed)
LETTERS = "abcdefghijklmnopqrstuvwxyz"
p, q = rng.sample(LETTERS, 2)
bits = [0]
for _ in range(13):
    bits += [1 - b for b in bits]
s = "".join(q if b else p for b in bits)  # T_13 = T_12 + ~T_12 = T_11 + ~T_11 + ~T_11 + T_11
qs = []
for k in (10, 11, 12):
    size = 1 << k
    qs += [(1, size + 1, size), (size + 1, 1, size)]  # T_k against its complement
    if 4 * size <= len(s):
        qs.append((1, 3 * size + 1, size))  # T_(k+2) = T_k + ~T_k + ~T_k + T_k: equal pieces
    start = rng.randint(1, len(s) - size + 1)
    qs.append((start, start, size))
head = len(s)
x = "".join(rng.choice(LETTERS) for _ in range(rng.randint(5, 20)))
y = rng.choice([ch for ch in LETTERS if ch != x[0]]) + x[1:]
tail = "".join(rng.choice(LETTERS) for _ in range(rng.randint(70, 120)))
s += x + tail + y + tail
k = len(x) + len(tail)
qs += [(head + 1, head + k + 1, k), (head + k + 1, head + 1, k), (head + 2, head + k + 2, k - 1)]
qs += [(head + 1, head + 1, k)]
n = len(s)
for _ in range(12):
    size = rng.randint(1, n // 2)
    qs.append((rng.randint(1, n - size + 1), rng.randint(1, n - size + 1), size))
rng.shuffle(qs)
sys.stdout.write(f"{s}\n{len(qs)}\n" + "".join(f"{a} {b} {k}\n" for a, b, k in qs))
