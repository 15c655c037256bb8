"""A sample's explanation: one best choice of amounts (samples are tiny, every combination is tried)."""
import json
import sys
from itertools import product

case = json.load(sys.stdin)
ko = case["language"] == "ko"
data = list(map(int, case["input"].split()))
n, cap = data[0], data[1]
items = [(data[2 + 2 * i], data[3 + 2 * i]) for i in range(n)]
best = int(case["output"].split()[0])
witness = None
if all(cap // w <= 40 for w, _ in items) and n <= 4:
    for amounts in product(*[range(cap // w + 1) for w, _ in items]):
        if sum(a * w for a, (w, _) in zip(amounts, items)) <= cap and \
                sum(a * v for a, (_, v) in zip(amounts, items)) == best:
            witness = amounts
            break
if not witness or best == 0:
    print(f"답은 {best}입니다." if ko else f"The answer is {best}.")
else:
    weight = sum(a * w for a, (w, _) in zip(witness, items))
    texts = case.get("texts") or {}
    w_word, v_word = texts.get("w", "무게" if ko else "weight"), texts.get("v", "가치" if ko else "value")
    if ko:
        what = ", ".join(f"{i + 1}번 {a}개" for i, a in enumerate(witness) if a)
        print(f"{what}를 고르면 {w_word}의 합은 {weight}(W = {cap} 이하)이고 {v_word}의 합은 {best}입니다.")
    else:
        what = ", ".join(f"{a} of kind {i + 1}" for i, a in enumerate(witness) if a)
        print(f"Taking {what} gives total {w_word} {weight} (at most W = {cap}) and total {v_word} {best}.")
