"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params", "texts"} as JSON
and shows one optimal choice (samples are tiny, so every choice is tried); zero_one and value_dp name it in the theme's
words (texts: item, items, w, v)."""
import json
import sys
from itertools import product

case = json.load(sys.stdin)
ko = case["language"] == "ko"
best = int(case["output"].split()[0])
lines = case["input"].rstrip("\n").split("\n")
n, cap = map(int, lines[0].split())
fill = case["params"]["variant"] == "fill"
if fill:
    goods = [(x, x, 1) for x in map(int, lines[1].split())]
else:
    goods = [tuple(map(int, line.split())) + (1,) for line in lines[1:]]
    goods = [(t[0], t[1], t[2]) for t in goods]
bounded = case["params"]["variant"] == "bounded"
witness = None
combos = 1
for _, _, c in goods:
    combos *= c + 1
if combos <= 1 << 14:
    for amounts in product(*[range(c + 1) for _, _, c in goods]):
        weight = sum(a * it[0] for a, it in zip(amounts, goods))
        if weight <= cap and sum(a * it[1] for a, it in zip(amounts, goods)) == best:
            witness = (amounts, weight)
            break
if witness is None or best == 0:
    if ko:
        print(f"답은 {best}입니다." + (" 어떤 것도 담을 수 없습니다." if best == 0 else ""))
    else:
        print(f"The answer is {best}." + (" Nothing fits." if best == 0 else ""))
    sys.exit()
amounts, weight = witness
picked = [(i + 1, a) for i, a in enumerate(amounts) if a]
texts = case.get("texts") or {}  # the theme's words, as in the statement
item, items = texts.get("item", "물건" if ko else "item"), texts.get("items", "items")
w_word, v_word = texts.get("w", "무게" if ko else "weight"), texts.get("v", "가치" if ko else "value")


def added(k, total):
    """The picked items' weights (k = 0) or values (k = 1) added up, e.g. "17 + 11 + 13 = 41"."""
    terms = [str(goods[i - 1][k]) for i, _ in picked]
    return f"{' + '.join(terms)} = {total}" if 1 < len(terms) <= 8 else str(total)


if ko:
    # a kind as the statement names it ("1번째 종류 2개"; the host spells 1번째 as 첫 번째), an item by its number
    what = (", ".join(f"{i}번째 종류 {a}개" for i, a in picked) if bounded
            else ", ".join(str(i) for i, _ in picked) + "번")
    if fill:
        print(f"{what}을(를) 고르면 합이 {weight}(으)로 W = {cap}을(를) 넘지 않으며, "
              f"이보다 W에 가까운 합은 만들 수 없습니다.")
    elif bounded:
        print(f"{what}을(를) 고르면 $w_i$의 합은 {weight}(W = {cap} 이하)이고 $v_i$의 합은 {best}입니다. "
              f"이보다 큰 $v_i$의 합은 만들 수 없습니다.")
    else:
        print(f"{what} {item}을(를) 고르면 {w_word}의 합은 {added(0, weight)}(W = {cap} 이하)이고 {v_word}의 합은 "
              f"{added(1, best)}입니다. {v_word}의 합이 이보다 큰 선택은 없습니다.")
    sys.exit()
if bounded:
    what = ", ".join(f"{a} of kind {i}" for i, a in picked)
else:
    nums = [str(i) for i, _ in picked]
    listed = nums[0] if len(nums) == 1 else ", ".join(nums[:-1]) + " and " + nums[-1]
    what = "$i$ = " + listed
if fill:
    print(f"Taking {what} gives a total of {weight}, which does not exceed W = {cap}; no choice gets closer to W.")
elif bounded:
    print(f"Taking {what} gives a sum of $w_i$ of {weight} (at most W = {cap}) and a sum of $v_i$ of {best}; "
          f"no other choice does better.")
else:
    which = f"{item} {listed} alone" if len(nums) == 1 else f"{items} {listed}"
    print(f"Taking {which} gives a total {w_word} of {added(0, weight)}, within W = {cap}, and a total {v_word} of "
          f"{added(1, best)}; no other choice does better.")
