"""palindrome_suffix: short strings of two letters in long runs whose answer rests on the prefix function's
fallbacks (testlib style): python gen_fallback.py SEED fallback lo=L hi=H [...params] prints one input.

Seeded strings of L to H letters, runs of one letter broken by single other letters and ending in a double letter,
are drawn until the answer computed over reverse(S) + '#' + S differs both from one whose prefix function starts
at i = 2 (the first two letters never compared) and from one whose fallback reads pi[k - 2] instead of pi[k - 1].
Such references passed every published test (mutation sweep, seed 1: '6 / kkktkk' gives 4 instead of 1): random
strings over 26 letters rarely need more than one fallback.
"""
import random
import string
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
assert mode == "fallback", mode
lo, hi = int(opts["lo"]), int(opts["hi"])
assert 4 <= lo <= hi, (lo, hi)
rng = random.Random(seed)


def answer(s, first=1, back=1):
    t = s[::-1] + "#" + s
    pi = [0] * len(t)
    k = 0
    for i in range(first, len(t)):
        while k and t[i] != t[k]:
            k = pi[k - back]  # back = 2 reads pi[-1] for k = 1, as Python does
        if t[i] == t[k]:
            k += 1
        pi[i] = k
    return len(s) - pi[-1]


for _ in range(10**6):
    a, b = rng.sample(string.ascii_lowercase, 2)
    n = rng.randint(lo, hi)
    s = "".join(b if rng.random() < 0.25 else a for _ in range(n - 2)) + a + a
    truth = answer(s)
    if answer(s, first=2) != truth and answer(s, back=2) != truth:
        break
else:
    raise SystemExit("no string found")
sys.stdout.write(f"{n}\n{s}\n")
