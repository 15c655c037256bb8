"""Obviously correct: exact rational arithmetic from the standard library."""
import sys
from fractions import Fraction

data = sys.stdin.read().split()
t = int(data[0])
for i in range(t):
    a, b, c, d = map(int, data[1 + 4 * i:5 + 4 * i])
    s = Fraction(a, b) + Fraction(c, d)
    print(s.numerator, s.denominator)
