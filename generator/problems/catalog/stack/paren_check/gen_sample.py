"""stack.paren_check: the third sample (testlib style): python gen_sample.py SEED sample3.

A balanced piece, one ')' that nothing opened, and another balanced piece (like "())()"): the answer is NO. The
shared samples are one balanced string and one with as many '(' as ')' where a ')' comes first; there, skipping the
unmatched ')' still leaves an '(' open, so a program that silently ignores such a ')' answered both right.
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
assert mode == "sample3", mode
rng = random.Random(seed)


def all_balanced(pairs):
    """Every balanced string of round brackets with `pairs` pairs."""
    if pairs == 0:
        return [""]
    return [f"({a}){b}" for k in range(pairs) for a in all_balanced(k) for b in all_balanced(pairs - 1 - k)]


pieces = [s for p in (1, 2, 3) for s in all_balanced(p)]
print(rng.choice(pieces) + ")" + rng.choice(pieces))
