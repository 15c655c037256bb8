"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params", "texts"} as JSON.
A witness, not the method: the coverings counted by how many 2 x 2 parts (two flat pieces or one square) they have,
each group as the orders of those parts among the upright pieces times the ways to fill the parts; a small sample
lists its coverings outright."""
import json
import sys
from math import comb

case = json.load(sys.stdin)
ko = case["language"] == "ko"
n, k = map(int, case["input"].split())
answer = case["output"].strip()
MOD = 1_000_000_007
texts = case.get("texts") or {}  # the theme's words, as in the statement
domino = texts.get("domino", "조각" if ko else "piece")
dominoes = texts.get("dominoes", "pieces")
square = texts.get("square", "정사각형" if ko else "square")

groups = [(j, comb(n - j, j), (k + 1) ** j) for j in range(n // 2 + 1)]
total = sum(orders * fills for _, orders, fills in groups)
terms = [f"{j}개: {orders} × {fills} = {orders * fills}" if ko else f"{j}: {orders} × {fills} = {orders * fills}"
         for j, orders, fills in groups]
big = total >= 10 ** 18
shown = "; ".join(terms if len(terms) <= 4 else terms[:(2 if big else 3)] + [f"… (j = {n // 2}까지)" if ko else
                                                                              f"… (up to j = {n // 2})"])
if big:
    summed = (f"모두 더한 수를 1 000 000 007로 나눈 나머지는 {answer}" if ko else
              f"The sum, modulo 1 000 000 007, is {answer}")
else:
    summed = (f"모두 {total}가지" + ("" if str(total) == answer else f"이고, 1 000 000 007로 나눈 나머지는 {answer}")
              if ko else f"In all {total}" + ("" if str(total) == answer else f", which is {answer} modulo 1 000 000 007"))


def coverings(m):
    """every covering of a strip of length m when k == 1: | upright piece, = two flat pieces, □ the square"""
    if m == 0:
        return [""]
    out = [c + "|" for c in coverings(m - 1)]
    if m >= 2:
        out += [c + "=" for c in coverings(m - 2)] + [c + "□" for c in coverings(m - 2)]
    return out


if ko:
    fill = f"가로 두 개 또는 {square} 하나" if k == 1 else f"가로 두 개, 또는 {square}의 색 {k}가지"
else:
    fill = f"two flat {dominoes} or the {square}" if k == 1 else f"two flat {dominoes}, or the {square} in one of {k} colours"
if ko:
    text = (f"2 × 2 부분(가로로 눕힌 {domino} 두 개 또는 {square} 하나)의 수로 나누어 셉니다. 그런 부분이 j개이면 "
            f"세로로 세운 {domino} {n} − 2j개 사이에 놓는 순서가 C({n} − j, j)가지이고, 부분마다 채우는 방법이 "
            f"{k + 1}가지({fill})입니다. {shown}. {summed}입니다.")
else:
    text = (f"Counted by the number j of 2 × 2 parts (two flat {dominoes} or one {square}): with j of them there are "
            f"C({n} − j, j) orders of the parts among the {n} − 2j upright {dominoes}, and each part can be filled in "
            f"{k + 1} ways ({fill}). j = {shown}. {summed}.")
if k == 1 and total <= 8:
    listed = ", ".join(coverings(n))
    text += (f" 왼쪽부터 세로로 세운 {domino}을(를) |, 가로로 눕힌 두 개를 =, {square}을(를) □로 적으면 {listed}입니다." if ko else
             f" From the left, writing | for an upright {domino}, = for two flat ones and □ for the {square}: {listed}.")
print(text)
